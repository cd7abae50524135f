package io.pytopus.journal.internal;

import io.pytopus.system.Exchanges;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The journal's queues, declared by every process (an api-only one too), so events wait in the queue
 * while no worker runs. Plain durable queues without RabbitMQ-only arguments (DESIGN §3.4): the dead
 * letters are republished by the worker itself.
 */
@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

    static final String QUEUE = "pytopus.journal";
    static final String DEAD_QUEUE = QUEUE + ".dead";
    /** {@code AchievementUnlocked}'s routing key: a pet's achievements are in its journal too. */
    static final String ACHIEVEMENT_KEY = "achievement.unlocked";

    @Bean
    Declarables journalQueues() {
        var queue = QueueBuilder.durable(QUEUE).build();
        var dead = QueueBuilder.durable(DEAD_QUEUE).build();
        // The exchanges themselves are the system module's (Exchanges).
        return new Declarables(
                queue,
                dead,
                new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "pet.#", null),
                new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, ACHIEVEMENT_KEY, null),
                new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "reef.pet-waved", null),
                new Binding(QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "reef.snack-given", null),
                new Binding(DEAD_QUEUE, DestinationType.QUEUE, Exchanges.DEAD, QUEUE, null));
    }
}
