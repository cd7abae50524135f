package io.pytopus.achievement.internal;

import io.pytopus.system.Exchanges;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The achievement worker's queues, declared by every process (an api-only one too), so events wait in
 * the queue while no worker runs. Plain durable queues without RabbitMQ-only arguments (DESIGN §3.4):
 * the worker republishes its dead letters itself.
 */
@Configuration(proxyBeanMethods = false)
class AchievementConfiguration {

    static final String QUEUE = "pytopus.achievement";
    static final String DEAD_QUEUE = QUEUE + ".dead";

    @Bean
    Declarables achievementQueues() {
        return new Declarables(
                QueueBuilder.durable(QUEUE).build(),
                QueueBuilder.durable(DEAD_QUEUE).build(),
                new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "pet.#", null),
                new Binding(DEAD_QUEUE, DestinationType.QUEUE, Exchanges.DEAD, QUEUE, null));
    }
}
