package io.pytopus.pet.care;

import io.pytopus.pet.PetAttention;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.pet.simulation.OctopusState;
import io.pytopus.pet.simulation.Simulation;
import io.pytopus.pet.simulation.Stage;
import io.pytopus.pet.simulation.Status;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PetAttention} on the {@code pets} table. Claiming and deferring write only {@code
 * next_attention_at}: the snapshot and its version belong to {@link PetCare}, whose optimistic lock
 * stays undisturbed, and the Redis cache stays valid (a read recomputes the attention instant from
 * the snapshot). Only a sickness or an escape that time brought is stored as a new snapshot ({@link
 * #recordWhatTimeBrought}), as an action would.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AttentionClaims implements PetAttention {

    /** The level at or below which a need calls the owner, as in the simulation's attention rule. */
    static final double ATTENTION_LEVEL = 30;

    private final JdbcClient jdbc;
    private final SnapshotJson json;
    private final Simulation simulation;
    private final PetRepository pets;
    private final PetCache cache;
    private final ApplicationEventPublisher events;

    AttentionClaims(
            JdbcClient jdbc,
            SnapshotJson json,
            Simulation simulation,
            PetRepository pets,
            PetCache cache,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.simulation = simulation;
        this.pets = pets;
        this.cache = cache;
        this.events = events;
    }

    @Override
    public List<DuePet> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, owner_id, name, state
                          FROM pets
                         WHERE status IN ('ACTIVE', 'ON_VACATION') AND next_attention_at <= :now
                         ORDER BY next_attention_at
                         LIMIT :limit
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> {
                    OctopusState stored = json.readState(rs.getString("state"));
                    OctopusState advanced = simulation.advance(stored, now);
                    return new DuePet(
                            rs.getObject("id", UUID.class),
                            rs.getObject("owner_id", UUID.class),
                            rs.getString("name"),
                            needs(advanced),
                            simulation.nextAttentionAt(advanced).orElse(null),
                            changedWhileAlone(Simulation.happeningsBetween(stored, advanced)));
                })
                .list();
    }

    @Override
    public boolean recordWhatTimeBrought(UUID petId, Instant now) {
        // The row is already locked by this transaction's claim, so nobody writes it meanwhile.
        var pet = pets.findById(petId).orElse(null);
        if (pet == null) {
            return false;
        }
        OctopusState advanced = simulation.advance(pet.state(), now);
        var happenings = Simulation.happeningsBetween(pet.state(), advanced);
        if (!changedWhileAlone(happenings)) {
            return false;
        }
        var updated = pets.update(
                pet.withState(advanced, pet.actionCount()),
                simulation.nextAttentionAt(advanced).orElse(null));
        PetEvents.ofTime(pet, happenings, advanced.updatedAt()).forEach(events::publishEvent);
        cache.putAfterCommit(updated);
        return true;
    }

    /**
     * Whether time brought what the owner must hear of now rather than at their next action. Stages
     * alone wait for the action (a snapshot stored for them would only move the version on).
     */
    private static boolean changedWhileAlone(List<Happening> happenings) {
        return happenings.stream()
                .anyMatch(
                        happening -> happening instanceof Happening.FellSick || happening instanceof Happening.Escaped);
    }

    @Override
    public void deferAttention(UUID petId, @Nullable Instant nextAttentionAt) {
        jdbc.sql("UPDATE pets SET next_attention_at = :at WHERE id = :id")
                .param("id", petId)
                .param("at", nextAttentionAt == null ? null : Timestamp.from(nextAttentionAt))
                .update();
    }

    /**
     * What the octopus needs its owner for, most urgent first: the simulation's attention rule
     * ({@code Simulation.nextAttentionAt} is the state's own instant exactly when this is not empty),
     * spelled out need by need.
     */
    static List<Need> needs(OctopusState state) {
        List<Need> needs = new ArrayList<>(2);
        if (state.status() != Status.ACTIVE || state.stage() == Stage.EGG) {
            return needs;
        }
        var levels = state.needs();
        if (state.sick()) {
            needs.add(Need.SICK);
        }
        if (levels.health() <= ATTENTION_LEVEL && !state.sick()) {
            needs.add(Need.UNWELL);
        }
        if (levels.satiety() <= ATTENTION_LEVEL) {
            needs.add(Need.HUNGRY);
        }
        if (levels.cleanliness() <= ATTENTION_LEVEL) {
            needs.add(Need.DIRTY_TANK);
        }
        if (!state.asleep() && levels.energy() <= ATTENTION_LEVEL) {
            needs.add(Need.TIRED);
        }
        if (levels.joy() <= ATTENTION_LEVEL) {
            needs.add(Need.BORED);
        }
        return needs;
    }
}
