package io.pytopus.pet.care;

import io.pytopus.pet.PetSummaries;
import io.pytopus.pet.simulation.Simulation;
import io.pytopus.pet.simulation.Status;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link PetSummaries} from the stored snapshots and {@code pet_actions}. The care streak counts the
 * same care actions, by the same UTC days, as the longest-streak leaderboard and the {@code
 * WEEK_STREAK} achievement; this one is the run still going on rather than the longest ever.
 */
@Component
class StoredPetSummaries implements PetSummaries {

    private final PetRepository pets;
    private final Simulation simulation;
    private final JdbcClient jdbc;

    StoredPetSummaries(PetRepository pets, Simulation simulation, JdbcClient jdbc) {
        this.pets = pets;
        this.simulation = simulation;
        this.jdbc = jdbc;
    }

    @Override
    public List<PetSummary> inCareOf(UUID ownerId, Instant at) {
        var present = pets.findByOwner(ownerId).stream()
                .filter(pet -> simulation.advance(pet.state(), at).status().present())
                .toList();
        if (present.isEmpty()) {
            return List.of();
        }
        var careDays = careDaysNewestFirst(present.stream().map(PetRecord::id).toList(), at);
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        var summaries = new ArrayList<PetSummary>(present.size());
        for (var pet : present) {
            var state = simulation.advance(pet.state(), at);
            summaries.add(new PetSummary(
                    pet.id(),
                    pet.name(),
                    state.stage(),
                    state.status() == Status.ON_VACATION,
                    state.sick(),
                    streak(careDays.getOrDefault(pet.id(), List.of()), today)));
        }
        return summaries;
    }

    /** The current run of consecutive days in {@code daysNewestFirst} (distinct), as of {@code today}. */
    static int streak(List<LocalDate> daysNewestFirst, LocalDate today) {
        if (daysNewestFirst.isEmpty()) {
            return 0;
        }
        LocalDate expected = daysNewestFirst.getFirst().equals(today) ? today : today.minusDays(1);
        int streak = 0;
        for (LocalDate day : daysNewestFirst) {
            if (!day.equals(expected)) {
                break;
            }
            streak++;
            expected = expected.minusDays(1);
        }
        return streak;
    }

    private Map<UUID, List<LocalDate>> careDaysNewestFirst(List<UUID> petIds, Instant until) {
        var care = Arrays.stream(ActionType.values())
                .filter(ActionType::isCare)
                .map(ActionType::name)
                .toList();
        Map<UUID, List<LocalDate>> days = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT pet_id, CAST(acted_at AT TIME ZONE 'UTC' AS date) AS day
                          FROM pet_actions
                         WHERE pet_id IN (:pets) AND type IN (:care) AND acted_at <= :until
                         ORDER BY pet_id, day DESC
                        """)
                .param("pets", petIds)
                .param("care", care)
                .param("until", Timestamp.from(until))
                .query(rs -> {
                    days.computeIfAbsent(rs.getObject("pet_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getObject("day", LocalDate.class));
                });
        return days;
    }
}
