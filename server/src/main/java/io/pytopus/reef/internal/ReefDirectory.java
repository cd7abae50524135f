package io.pytopus.reef.internal;

import io.pytopus.account.DisplayNames;
import io.pytopus.pet.PublicPet;
import io.pytopus.pet.PublicPets;
import io.pytopus.reef.ReefProfile;
import io.pytopus.reef.ReefProfiles;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link ReefProfiles}: the pet module's public view of each octopus, its owner's display name and
 * the waves counted here, three indexed reads whatever the number of pets.
 */
@Component
class ReefDirectory implements ReefProfiles {

    private final PublicPets pets;
    private final DisplayNames names;
    private final ReefRepository visits;

    ReefDirectory(PublicPets pets, DisplayNames names, ReefRepository visits) {
        this.pets = pets;
        this.names = names;
        this.visits = visits;
    }

    /** One profile, for its page: the pet's part comes through the pet cache. */
    Optional<ReefProfile> profile(UUID petId) {
        return pets.find(petId)
                .flatMap(pet -> withOwnersAndWaves(List.of(pet)).stream().findFirst());
    }

    @Override
    public List<ReefProfile> profiles(Collection<UUID> petIds) {
        return withOwnersAndWaves(pets.findAll(petIds));
    }

    @Override
    public List<ReefProfile> after(@Nullable UUID afterId, int limit) {
        return withOwnersAndWaves(pets.after(afterId, limit));
    }

    @Override
    public Map<UUID, Long> versions(Collection<UUID> petIds) {
        var rows = pets.versions(petIds);
        var waves = visits.waves(rows.keySet());
        var versions = new HashMap<UUID, Long>();
        rows.forEach((id, version) -> versions.put(id, version + waves.getOrDefault(id, 0L)));
        return versions;
    }

    @Override
    public long count() {
        return pets.count();
    }

    private List<ReefProfile> withOwnersAndWaves(List<PublicPet> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var owners = names.displayNamesOf(
                found.stream().map(PublicPet::ownerId).distinct().toList());
        var waves = visits.waves(found.stream().map(PublicPet::id).toList());
        // An owner deleted at this very moment takes the pet along: leave it out.
        return found.stream()
                .filter(pet -> owners.containsKey(pet.ownerId()))
                .map(pet -> new ReefProfile(pet, owners.get(pet.ownerId()), waves.getOrDefault(pet.id(), 0L)))
                .toList();
    }
}
