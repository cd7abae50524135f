package io.pytopus.notification.email;

import io.pytopus.system.Exchanges;
import io.pytopus.system.PublicEndpoints;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The email worker's queues and exchange, declared by every process (an api-only one too) so messages
 * wait while no worker runs; plain durable queues without RabbitMQ-only arguments (DESIGN §3.4).
 *
 * <ul>
 *   <li>{@value #NUDGE_QUEUE}: {@code notification.posted} events, mailed to owners who opted in;
 *   <li>{@value #DIGEST_QUEUE}: one weekly digest job per user, on the {@value #JOBS} exchange;
 *   <li>{@value #TALLY_QUEUE}: tricks, care and waves, counted per pet and week for the digest.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailProperties.class, DigestProperties.class})
class EmailConfiguration {

    /**
     * Work for workers, as opposed to the domain events of {@link Exchanges#EVENTS}: nothing but its
     * own worker listens (not the live stream), and a job names its queue by its routing key.
     */
    static final String JOBS = "pytopus.jobs";

    static final String NUDGE_QUEUE = "pytopus.notification.email";
    static final String DIGEST_QUEUE = "pytopus.notification.digest";
    static final String TALLY_QUEUE = "pytopus.notification.tally";
    static final String DIGEST_JOB = "notification.weekly-digest";

    static final String TRICK_LEARNED = "pet.trick-learned";
    static final String CARE_GIVEN = "pet.care-given";
    static final String PET_WAVED = "reef.pet-waved";

    @Bean
    Declarables emailQueues() {
        return new Declarables(
                ExchangeBuilder.directExchange(JOBS).durable(true).build(),
                QueueBuilder.durable(NUDGE_QUEUE).build(),
                QueueBuilder.durable(NUDGE_QUEUE + ".dead").build(),
                new Binding(NUDGE_QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, "notification.posted", null),
                new Binding(NUDGE_QUEUE + ".dead", DestinationType.QUEUE, Exchanges.DEAD, NUDGE_QUEUE, null),
                QueueBuilder.durable(DIGEST_QUEUE).build(),
                QueueBuilder.durable(DIGEST_QUEUE + ".dead").build(),
                new Binding(DIGEST_QUEUE, DestinationType.QUEUE, JOBS, DIGEST_JOB, null),
                new Binding(DIGEST_QUEUE + ".dead", DestinationType.QUEUE, Exchanges.DEAD, DIGEST_QUEUE, null),
                QueueBuilder.durable(TALLY_QUEUE).build(),
                QueueBuilder.durable(TALLY_QUEUE + ".dead").build(),
                new Binding(TALLY_QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, TRICK_LEARNED, null),
                new Binding(TALLY_QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, CARE_GIVEN, null),
                new Binding(TALLY_QUEUE, DestinationType.QUEUE, Exchanges.EVENTS, PET_WAVED, null),
                new Binding(TALLY_QUEUE + ".dead", DestinationType.QUEUE, Exchanges.DEAD, TALLY_QUEUE, null));
    }

    /**
     * The unsubscribe link works without a session: its signed token is the proof. Its POST also
     * works without a CSRF token, because mail clients post it on the user's behalf (RFC 8058) and no
     * cookie is involved that a forged request could ride on.
     */
    @Bean
    PublicEndpoints unsubscribeEndpoints() {
        return PublicEndpoints.of(
                PublicEndpoints.get(UnsubscribeController.PATH),
                PublicEndpoints.post(UnsubscribeController.PATH).withoutCsrf());
    }
}
