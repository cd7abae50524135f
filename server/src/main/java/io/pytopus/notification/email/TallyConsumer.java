package io.pytopus.notification.email;

import io.pytopus.notification.email.WeekTallies.Figure;
import io.pytopus.system.WorkerRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts, per pet and week, what the weekly digest reports: tricks learned ({@code
 * pet.trick-learned}), care given ({@code pet.care-given}, care actions only) and waves received
 * ({@code reef.pet-waved}). Events are read by routing key as plain JSON ({@code eventId}, {@code
 * petId}, {@code occurredAt}), so this module needs no other module's classes to count them. A batch
 * of events is counted in one transaction, of two statements ({@link WeekTallies#countAll}), and
 * acknowledged by the container after the commit (ADR 0026). A redelivered event counts once, also
 * when two consumers hold copies at once; an unreadable one is retried alone, then dead-lettered to
 * {@code pytopus.notification.tally.dead}.
 */
@Component
@WorkerRole
class TallyConsumer {

    /** Day-to-day care, as in the pet module's {@code ActionType.isCare()}: no vacations, no release. */
    static final Set<String> CARE = Set.of("FEED", "PLAY", "CLEAN", "SLEEP", "WAKE", "STROKE", "TRAIN", "HEAL");

    private final WeekTallies tallies;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TallyConsumer(WeekTallies tallies, JsonMapper json, TransactionTemplate transactions, Clock clock) {
        this.tallies = tallies;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    @RabbitListener(queues = EmailConfiguration.TALLY_QUEUE, containerFactory = WorkerRole.LISTENERS, batch = "true")
    void onEvents(List<Message> messages) {
        var counted = new ArrayList<WeekTallies.Counted>();
        for (var message : messages) {
            countable(message).ifPresent(counted::add);
        }
        if (!counted.isEmpty()) {
            transactions.executeWithoutResult(tx -> tallies.countAll(counted, clock.instant()));
        }
    }

    /** What the event counts as, if anything. */
    private Optional<WeekTallies.Counted> countable(Message message) {
        String key = message.getMessageProperties().getReceivedRoutingKey();
        JsonNode event = json.readTree(message.getBody());
        Figure figure = switch (key) {
            case EmailConfiguration.TRICK_LEARNED -> Figure.TRICKS_LEARNED;
            case EmailConfiguration.PET_WAVED -> Figure.WAVES_RECEIVED;
            case EmailConfiguration.CARE_GIVEN ->
                CARE.contains(event.path("action").asString("")) ? Figure.CARE_ACTIONS : null;
            case null, default -> throw new IllegalArgumentException("Not an event the digest counts: " + key);
        };
        if (figure == null) {
            return Optional.empty();
        }
        UUID eventId = UUID.fromString(required(event, "eventId"));
        UUID petId = UUID.fromString(required(event, "petId"));
        Instant at = instant(event.path("occurredAt"));
        return Optional.of(new WeekTallies.Counted(eventId, petId, Weeks.weekOf(at), figure));
    }

    /** An ISO-8601 string, as the relay writes instants, or seconds since the epoch. */
    private static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            var seconds = value.decimalValue();
            return Instant.ofEpochSecond(
                    seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("The event has no occurredAt");
        }
        return Instant.parse(value.asString());
    }

    private static String required(JsonNode event, String field) {
        var value = event.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException("The event has no " + field);
        }
        return value.asString();
    }
}
