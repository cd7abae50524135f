package io.pytopus.pet.care;

import io.pytopus.pet.PetAttention;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PetAttention} on the {@code pets} table. Only {@code next_attention_at} is written: the
 * snapshot and its version belong to {@link PetCare}, whose optimistic lock stays undisturbed, and
 * the Redis cache stays valid (a read recomputes the attention instant from the snapshot).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AttentionClaims implements PetAttention {

    /** The level at or below which a need calls the owner, as in the simulation's attention rule. */
    static final double ATTENTION_LEVEL = 30;

    private final JdbcClient jdbc;
    private final SnapshotJson json;
    private final Simulation simulation;

    AttentionClaims(JdbcClient jdbc, SnapshotJson json, Simulation simulation) {
        this.jdbc = jdbc;
        this.json = json;
        this.simulation = simulation;
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
                    OctopusState advanced = simulation.advance(json.readState(rs.getString("state")), now);
                    return new DuePet(
                            rs.getObject("id", UUID.class),
                            rs.getObject("owner_id", UUID.class),
                            rs.getString("name"),
                            needs(advanced),
                            simulation.nextAttentionAt(advanced).orElse(null));
                })
                .list();
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
