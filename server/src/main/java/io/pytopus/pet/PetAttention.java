package io.pytopus.pet;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The pets that need their owners, for the attention scheduler (DESIGN §3, data flow 5). Each pet
 * row carries {@code next_attention_at}, the instant the simulation says it will next need its owner;
 * this API claims the due ones and moves that instant on.
 *
 * <p>Both methods must run in the caller's transaction: claimed rows stay locked until it ends, and
 * other claimers skip them ({@code FOR UPDATE SKIP LOCKED}), so any number of schedulers share the
 * work and never see the same pet at once. A care action on a claimed pet waits for that transaction,
 * then stores its own next attention instant, computed from the state it leaves.
 *
 * <p>Time alone can make an octopus fall sick or escape. {@link #recordWhatTimeBrought} stores that
 * and publishes {@link PetFellSick} or {@link PetEscaped} when the scheduler claims the pet, instead
 * of waiting for the owner's next action.
 */
public interface PetAttention {

    /**
     * Locks up to {@code limit} pets in the owner's care whose attention is due at {@code now},
     * earliest first, skipping pets another transaction holds, and reports each as advanced to
     * {@code now}. Pets on vacation are included: a vacation that ended by itself is not stored yet.
     */
    List<DuePet> claimDue(Instant now, int limit);

    /**
     * Sets when a claimed pet is next due; {@code null} when it will never need its owner again
     * (it left for the sea). Leaves the snapshot and its version alone, so a care action in flight
     * is not disturbed.
     */
    void deferAttention(UUID petId, @Nullable Instant nextAttentionAt);

    /**
     * Stores a claimed pet advanced to {@code now} when time alone made it fall sick or escape since
     * its snapshot ({@link DuePet#changedWhileAlone()}), and publishes what time brought: {@link
     * PetFellSick}, {@link PetEscaped} and any {@link StageReached} on the way, in the caller's
     * transaction (the outbox). The next action then advances from the stored snapshot, so it does not
     * report them again. Like an action, it moves the pet's version on: a care action in flight
     * retries on the new snapshot.
     *
     * @return whether anything was stored (false when the pet had already changed, or nothing did)
     */
    boolean recordWhatTimeBrought(UUID petId, Instant now);

    /**
     * A due pet, advanced to the instant of the claim.
     *
     * @param needs what it needs its owner for now, most urgent first; empty when it turns out to
     *     need nothing (it fell asleep, it is still on vacation, it left for the sea)
     * @param nextAttentionAt when its advanced state next needs the owner: the claim's instant when
     *     {@code needs} is not empty, {@code null} if never
     * @param changedWhileAlone whether time alone made it fall sick or escape since its stored
     *     snapshot, which {@link PetAttention#recordWhatTimeBrought} then stores
     */
    record DuePet(
            UUID id,
            UUID ownerId,
            String name,
            List<Need> needs,
            @Nullable Instant nextAttentionAt,
            boolean changedWhileAlone) {

        public DuePet {
            needs = List.copyOf(needs);
        }
    }

    /** What an octopus needs its owner for: a need at 30 or below, or a sickness. */
    enum Need {
        /** It is sick and needs healing. */
        SICK,
        /** Its health is at 30 or below. */
        UNWELL,
        /** Satiety is at 30 or below. */
        HUNGRY,
        /** Its tank's water quality is at 30 or below. */
        DIRTY_TANK,
        /** It is awake with energy at 30 or below (asleep, it is already recovering). */
        TIRED,
        /** Joy is at 30 or below. */
        BORED
    }
}
