package io.pytopus.leaderboard.internal;

import com.rabbitmq.client.Channel;
import io.pytopus.pet.PetEventReader;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

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

    private final LeaderboardQueries queries;
    private final LeaderboardStore store;
    private final PetEventReader events;

    LeaderboardConsumer(LeaderboardQueries queries, LeaderboardStore store, PetEventReader events) {
        this.queries = queries;
        this.store = store;
        this.events = events;
    }

    @RabbitListener(queues = LeaderboardConfiguration.QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onEvent(Message message, Channel channel) throws IOException {
        var event = events.read(message);
        for (var board : Board.values()) {
            store.put(board, event.petId(), queries.keyOf(board, event.petId()));
        }
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }
}
