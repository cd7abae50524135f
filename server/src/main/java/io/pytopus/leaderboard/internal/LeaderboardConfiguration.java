package io.pytopus.leaderboard.internal;

import io.pytopus.system.Exchanges;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The leaderboard's queues, declared by every process so events wait while no worker runs; plain
 * durable queues without RabbitMQ-only arguments (DESIGN §3.4).
 */
@Configuration(proxyBeanMethods = false)
class LeaderboardConfiguration {

    static final String QUEUE = "pytopus.leaderboard";
    static final String DEAD_QUEUE = QUEUE + ".dead";

    @Bean
    Declarables leaderboardQueues() {
        return new Declarables(
                QueueBuilder.durable(QUEUE).build(),
                QueueBuilder.durable(DEAD_QUEUE).build(),
                new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "pet.#", null),
                new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "reef.pet-waved", null),
                new Binding(DEAD_QUEUE, DestinationType.QUEUE, Exchanges.DEAD, QUEUE, null));
    }
}
