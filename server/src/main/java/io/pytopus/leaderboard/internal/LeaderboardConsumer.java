package io.pytopus.leaderboard.internal;

import com.rabbitmq.client.Channel;
import io.pytopus.pet.PetEventReader;
import io.pytopus.reef.PetWaved;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On any event of a pet (a wave from the reef included), recomputes that pet's place on every board from PostgreSQL and writes it to
 * Redis (absolute keys, no increments), then acknowledges. A redelivered or late event therefore
 * writes the current truth again and changes nothing; a pet that left is taken off every board. A
 * message that cannot be read, or a Redis failure, is retried and then dead-lettered to {@code
 * pytopus.leaderboard.dead}; {@code LeaderboardRebuild} repairs what was missed.
 */
@Component
@WorkerRole
class LeaderboardConsumer {

    private final LeaderboardQueries queries;
    private final LeaderboardStore store;
    private final PetEventReader events;
    private final JsonMapper json;

    LeaderboardConsumer(LeaderboardQueries queries, LeaderboardStore store, PetEventReader events, JsonMapper json) {
        this.queries = queries;
        this.store = store;
        this.events = events;
        this.json = json;
    }

    @RabbitListener(queues = LeaderboardConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onEvent(Message message, Channel channel) throws IOException {
        UUID petId = PetWaved.class
                        .getSimpleName()
                        .equals(message.getMessageProperties().getType())
                ? json.readValue(message.getBody(), PetWaved.class).petId()
                : events.read(message).petId();
        for (var board : Board.values()) {
            store.put(board, petId, queries.keyOf(board, petId));
        }
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }
}
