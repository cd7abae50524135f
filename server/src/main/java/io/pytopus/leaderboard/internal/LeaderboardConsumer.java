package io.pytopus.leaderboard.internal;

import com.rabbitmq.client.Channel;
import io.pytopus.pet.PetEvent;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On any event of a pet, recomputes that pet's place on every board from PostgreSQL and writes it to
 * Redis (absolute keys, no increments), then acknowledges. A redelivered or late event therefore
 * writes the current truth again and changes nothing; a pet that left is taken off every board. A
 * message that cannot be read, or a Redis failure, is retried and then dead-lettered to {@code
 * pytopus.leaderboard.dead}; {@code LeaderboardRebuild} repairs what was missed.
 */
@Component
@WorkerRole
class LeaderboardConsumer {

    private static final Map<String, Class<?>> EVENT_TYPES = Arrays.stream(PetEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final LeaderboardQueries queries;
    private final LeaderboardStore store;
    private final JsonMapper json;

    LeaderboardConsumer(LeaderboardQueries queries, LeaderboardStore store, JsonMapper json) {
        this.queries = queries;
        this.store = store;
        this.json = json;
    }

    @RabbitListener(queues = LeaderboardConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onEvent(Message message, Channel channel) throws IOException {
        var event = read(message);
        for (var board : Board.values()) {
            store.put(board, event.petId(), queries.keyOf(board, event.petId()));
        }
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }

    private PetEvent read(Message message) {
        String type = message.getMessageProperties().getType();
        Class<?> eventType = type == null ? null : EVENT_TYPES.get(type);
        if (eventType == null) {
            throw new IllegalArgumentException("Not a pet event: type " + type);
        }
        return (PetEvent) json.readValue(message.getBody(), eventType);
    }
}
