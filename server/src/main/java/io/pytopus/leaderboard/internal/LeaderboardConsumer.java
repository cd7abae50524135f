package io.pytopus.leaderboard.internal;

import io.pytopus.pet.CareGiven;
import io.pytopus.pet.PetEscaped;
import io.pytopus.pet.PetEventReader;
import io.pytopus.pet.PetHatched;
import io.pytopus.pet.PetReleased;
import io.pytopus.pet.TrickLearned;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.reef.PetWaved;
import io.pytopus.system.WorkerRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the boards current from the pets' events (and the reef's waves), a batch at a time, touching
 * only the boards an event can change (ADR 0013, 0026):
 *
 * <ul>
 *   <li>a care action records its UTC day; only a day the pet had no care on yet changes its streak
 *       ({@link Streaks}), and only a longer best run changes {@code longest-streak};
 *   <li>a learned trick changes {@code most-tricks}; a wave {@code most-waves};
 *   <li>a new egg, and the start or end of a vacation, change {@code oldest} (the effective hatch
 *       instant is constant otherwise);
 *   <li>an escape or a release takes the pet off every board;
 *   <li>anything else (a stage, a sickness, a new name) changes no board.
 * </ul>
 *
 * Each batch is one transaction: the streaks, then the changed keys, read from PostgreSQL and written
 * to Redis as absolute values ({@link BoardUpdates}); the container acknowledges the batch after the
 * commit. A redelivered or late event finds its day recorded, or writes the current truth again, so
 * it changes nothing; several workers may run side by side. A message that cannot be read is retried
 * alone and then dead-lettered to {@code pytopus.leaderboard.dead} ({@link WorkerRole#LISTENERS}).
 */
@Component
@WorkerRole
class LeaderboardConsumer {

    /** Day-to-day care, as in the pet module's {@code ActionType.isCare()}: no vacations, no release. */
    static final Set<String> CARE = Set.of("FEED", "PLAY", "CLEAN", "SLEEP", "WAKE", "STROKE", "TRAIN", "HEAL");

    private final Streaks streaks;
    private final BoardUpdates boards;
    private final PetEventReader events;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    LeaderboardConsumer(
            Streaks streaks,
            BoardUpdates boards,
            PetEventReader events,
            JsonMapper json,
            TransactionTemplate transactions) {
        this.streaks = streaks;
        this.boards = boards;
        this.events = events;
        this.json = json;
        this.transactions = transactions;
    }

    @RabbitListener(queues = LeaderboardConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS, batch = "true")
    void onEvents(List<Message> messages) {
        var changes = new EnumMap<Board, Set<UUID>>(Board.class);
        var careDays = new ArrayList<PetDay>();
        for (var message : messages) {
            read(message, changes, careDays);
        }
        if (careDays.isEmpty() && changes.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            var longer = streaks.apply(streaks.record(careDays));
            if (!longer.isEmpty()) {
                changes.computeIfAbsent(Board.LONGEST_STREAK, board -> new HashSet<>())
                        .addAll(longer);
            }
            boards.write(changes);
        });
    }

    private void read(Message message, Map<Board, Set<UUID>> changes, List<PetDay> careDays) {
        if (PetWaved.class.getSimpleName().equals(message.getMessageProperties().getType())) {
            change(
                    changes,
                    Board.MOST_WAVES,
                    json.readValue(message.getBody(), PetWaved.class).petId());
            return;
        }
        switch (events.read(message)) {
            case CareGiven care -> {
                if (CARE.contains(care.action())) {
                    careDays.add(new PetDay(care.petId(), LocalDate.ofInstant(care.occurredAt(), ZoneOffset.UTC)));
                }
                if (movesAge(care)) {
                    change(changes, Board.OLDEST, care.petId());
                }
            }
            case TrickLearned learned -> change(changes, Board.MOST_TRICKS, learned.petId());
            case PetHatched hatched -> change(changes, Board.OLDEST, hatched.petId());
            case PetEscaped escaped -> {
                for (var board : Board.values()) {
                    change(changes, board, escaped.petId());
                }
            }
            case PetReleased released -> {
                for (var board : Board.values()) {
                    change(changes, board, released.petId());
                }
            }
            default -> {}
        }
    }

    /**
     * Whether the action started or ended a vacation, which freezes ageing and so moves the pet's
     * effective hatch instant; a vacation that ended by itself shows among the action's happenings.
     */
    private static boolean movesAge(CareGiven care) {
        return care.action().endsWith("_VACATION")
                || care.happenings().stream()
                        .anyMatch(happening -> happening instanceof Happening.VacationStarted
                                || happening instanceof Happening.VacationEnded);
    }

    private static void change(Map<Board, Set<UUID>> changes, Board board, UUID petId) {
        changes.computeIfAbsent(board, b -> new HashSet<>()).add(petId);
    }
}
