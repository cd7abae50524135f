package io.pytopus.live.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.pytopus.system.ConditionalOnRole;
import io.pytopus.system.Exchanges;
import java.util.ArrayList;
import java.util.UUID;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The instance's own queue for live updates and the consumer that reads it (API role only).
 *
 * <p>The queue is named {@code pytopus.live.<random id>}, new at every start, and is non-durable,
 * exclusive and auto-delete: it lives exactly as long as this instance's connection. Spring's
 * RabbitAdmin declares it, with its bindings, again on every new connection, so it comes back after
 * a broker outage. Standard AMQP flags only (DESIGN §3.4): Spring's {@code AnonymousQueue} would add
 * {@code x-queue-leader-locator}, which the embedded broker refuses.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole("api")
class LiveConfiguration {

    static final String QUEUE_PREFIX = "pytopus.live.";
    static final String LISTENERS = "liveListeners";

    @Bean
    Queue liveQueue() {
        return new Queue(QUEUE_PREFIX + UUID.randomUUID(), false, true, true);
    }

    /** One binding per routing-key family the streams forward ({@link Recipients}). */
    @Bean
    Declarables liveBindings(Queue liveQueue) {
        var bindings = new ArrayList<Declarable>();
        Recipients.USER_FIELD_BY_FAMILY.keySet().stream()
                .sorted()
                .forEach(family -> bindings.add(new Binding(
                        liveQueue.getName(), DestinationType.QUEUE, Exchanges.EVENTS, family + ".#", null)));
        return new Declarables(bindings);
    }

    /**
     * One consumer, so events reach the streams in the queue's order; automatic acks, since a live
     * event lost with the instance is replaced by a resync at the reconnect; nothing requeued, since a
     * message the listener cannot read would fail again.
     */
    @Bean(LISTENERS)
    SimpleRabbitListenerContainerFactory liveListeners(
            SimpleRabbitListenerContainerFactoryConfigurer configurer,
            ConnectionFactory connections,
            LiveProperties properties) {
        var factory = new SimpleRabbitListenerContainerFactory();
        configurer.configure(factory, connections);
        factory.setAcknowledgeMode(AcknowledgeMode.AUTO);
        factory.setConcurrentConsumers(1);
        factory.setMaxConcurrentConsumers(1);
        factory.setPrefetchCount(properties.prefetch());
        factory.setDefaultRequeueRejected(false);
        // After a broker outage the queue is declared again with the new connection.
        factory.setMissingQueuesFatal(false);
        return factory;
    }

    @Bean
    LiveStreams liveStreams(LiveProperties properties, MeterRegistry meters) {
        return new LiveStreams(properties, System::nanoTime, meters);
    }
}
