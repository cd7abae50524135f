package io.pytopus.pet.care;

import io.pytopus.pet.PublicPet;
import io.pytopus.pet.PublicPets;
import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Simulation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@link PublicPets} from the {@code pets} table, each advanced to now by the simulation. */
@Component
class PublicPetDirectory implements PublicPets {

    private final PetRepository pets;
    private final PetCache cache;
    private final Simulation simulation;
    private final Clock clock;

    PublicPetDirectory(PetRepository pets, PetCache cache, Simulation simulation, Clock clock) {
        this.pets = pets;
        this.cache = cache;
        this.simulation = simulation;
        this.clock = clock;
    }

    @Override
    public Optional<PublicPet> find(UUID petId) {
        var pet = cache.get(petId)
                .or(() -> pets.findById(petId).map(stored -> {
                    cache.put(stored);
                    return stored;
                }));
        return pet.filter(PetRecord::inTheReef).map(p -> publicView(p, clock.instant()));
    }

    @Override
    public List<PublicPet> findAll(Collection<UUID> petIds) {
        if (petIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return pets.findInTheReef(petIds).stream().map(p -> publicView(p, now)).toList();
    }

    @Override
    public List<PublicPet> after(@Nullable UUID afterId, int limit) {
        Instant now = clock.instant();
        return pets.inTheReefAfter(afterId, limit).stream()
                .map(p -> publicView(p, now))
                .toList();
    }

    @Override
    public Map<UUID, Long> versions(Collection<UUID> petIds) {
        return petIds.isEmpty() ? Map.of() : pets.versions(petIds);
    }

    @Override
    public long count() {
        return pets.countInTheReef();
    }

    private PublicPet publicView(PetRecord pet, Instant now) {
        var state = simulation.advance(pet.state(), now);
        var lived = Duration.ofNanos(Math.round(state.timers().activeAgeHours() * 3.6e12 / simulation.timeScale()));
        return new PublicPet(
                pet.id(),
                pet.ownerId(),
                pet.name(),
                pet.bio(),
                pet.color(),
                state.species(),
                state.stage(),
                state.personality() == Personality.UNFORMED ? null : state.personality(),
                List.copyOf(state.tricks().learnedTricks()),
                pet.createdAt(),
                state.updatedAt().minus(lived),
                state.mood(),
                state.skin(),
                pet.version());
    }
}
