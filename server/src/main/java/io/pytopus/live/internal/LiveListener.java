package io.pytopus.live.internal;

import io.pytopus.system.ConditionalOnRole;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads this instance's live queue and hands each event to the streams of the user it names. The
 * event travels as relayed: its routing key becomes the SSE event name, its JSON the data, its
 * {@code eventId} (else the AMQP message id) the SSE id. A message without a user or an id, or that
 * is no JSON, is dropped with a log line: there is nobody to show it to.
 */
@Component
@ConditionalOnRole("api")
class LiveListener {

    private static final Logger log = LoggerFactory.getLogger(LiveListener.class);
    /** Longer ids are no event ids of ours; they must also fit the browser's Last-Event-ID header. */
    private static final int MAX_ID_LENGTH = 100;

    private final LiveStreams streams;
    private final JsonMapper json;

    LiveListener(LiveStreams streams, JsonMapper json) {
        this.streams = streams;
        this.json = json;
    }

    @RabbitListener(queues = "#{@liveQueue.name}", containerFactory = LiveConfiguration.LISTENERS)
    void onEvent(Message message) {
        try {
            toLiveEvent(message).ifPresentOrElse(streams::publish, () -> log.debug("Dropped live event {}", message));
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn(
                    "Dropped unreadable live event {} ({}): {}",
                    message.getMessageProperties().getMessageId(),
                    message.getMessageProperties().getReceivedRoutingKey(),
                    e.toString());
        }
    }

    private Optional<LiveEvent> toLiveEvent(Message message) {
        var properties = message.getMessageProperties();
        String routingKey = properties.getReceivedRoutingKey();
        if (routingKey == null) {
            return Optional.empty();
        }
        String data = new String(message.getBody(), StandardCharsets.UTF_8);
        var event = json.readTree(data);
        String id = event.path("eventId").isString() ? event.path("eventId").asString() : properties.getMessageId();
        if (id == null
                || id.isBlank()
                || id.length() > MAX_ID_LENGTH
                || !id.chars().allMatch(c -> c > 32 && c < 127)) {
            return Optional.empty();
        }
        return Recipients.of(routingKey, event).map(user -> new LiveEvent(id, routingKey, data, user));
    }
}
