package io.pytopus.pet;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link PetEvent} back from a RabbitMQ message, for the modules that consume pet events. The
 * relay names each message's class in its AMQP {@code type} (the simple class name).
 */
@Component
public class PetEventReader {

    private static final Map<String, Class<?>> EVENT_TYPES = Arrays.stream(PetEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JsonMapper json;

    PetEventReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * The event in {@code message}.
     *
     * @throws IllegalArgumentException when the message is not a pet event (it is then dead-lettered)
     */
    public PetEvent read(Message message) {
        String type = message.getMessageProperties().getType();
        Class<?> eventType = type == null ? null : EVENT_TYPES.get(type);
        if (eventType == null) {
            throw new IllegalArgumentException("Not a pet event: type " + type);
        }
        return (PetEvent) json.readValue(message.getBody(), eventType);
    }
}
