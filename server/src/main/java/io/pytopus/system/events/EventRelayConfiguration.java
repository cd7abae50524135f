package io.pytopus.system.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.pytopus.system.Exchanges;
import io.pytopus.system.WorkerRole;
import java.time.Clock;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The road from the outbox to the workers (DESIGN §3, data flow 3–4; ADR 0011): the relay that sends
 * committed {@code @Externalized} events to RabbitMQ with publisher confirms, the job that resubmits
 * what did not get through, the shared exchanges, and the listener container factory every worker
 * queue uses ({@link WorkerRole#LISTENERS}: manual acknowledgements, retries with exponential backoff,
 * then {@link Exchanges#DEAD}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventRelayProperties.class)
class EventRelayConfiguration {

    /**
     * Spring Modulith's externalizer is an asynchronous {@code @ApplicationModuleListener} for every
     * {@code @Externalized} event, so the publication registry tracks each send: it completes when
     * {@link BrokerRelay} returns and stays incomplete when it throws.
     */
    @Bean
    DelegatingEventExternalizer brokerEventExternalizer(
            EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit,
            JsonMapper json,
            EventRelayProperties properties) {
        return new DelegatingEventExternalizer(configuration, new BrokerRelay(rabbit, json, properties));
    }

    @Bean
    OutboxResubmission outboxResubmission(
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            EventRelayProperties properties) {
        return new OutboxResubmission(incomplete, completed, properties);
    }

    @Bean
    EventMetrics eventMetrics(
            JdbcClient jdbc,
            AmqpAdmin admin,
            MeterRegistry registry,
            ObjectProvider<Queue> queues,
            ObjectProvider<Declarables> declarables) {
        return new EventMetrics(
                jdbc,
                admin,
                registry,
                queues.orderedStream().toList(),
                declarables.orderedStream().toList());
    }

    /** Declared by every process, so events find the exchange even before any worker has started. */
    @Bean
    Declarables sharedExchanges() {
        return new Declarables(
                ExchangeBuilder.topicExchange(Exchanges.EVENTS).durable(true).build(),
                ExchangeBuilder.topicExchange(Exchanges.DEAD).durable(true).build());
    }

    @Bean(WorkerRole.LISTENERS)
    @WorkerRole
    SimpleRabbitListenerContainerFactory workerListeners(
            SimpleRabbitListenerContainerFactoryConfigurer configurer,
            ConnectionFactory connections,
            RabbitTemplate rabbit,
            EventRelayProperties properties,
            MeterRegistry registry,
            ObjectProvider<ObservationRegistry> observations,
            Clock clock) {
        var consumer = properties.consumer();
        var factory = new WorkerListenerContainerFactory(
                consumer, rabbit, observations.getIfUnique(() -> ObservationRegistry.NOOP), registry);
        // Also applies spring.rabbitmq.listener.simple.observation-enabled: each delivery continues
        // the trace whose context the relay put in the message headers (ADR 0018).
        configurer.configure(factory, connections);
        factory.setAfterReceivePostProcessors(new EventLag(registry, clock));
        factory.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        factory.setPrefetchCount(consumer.prefetch());
        factory.setConcurrentConsumers(consumer.concurrency());
        factory.setReceiveTimeout(consumer.receiveTimeout().toMillis());
        factory.setDefaultRequeueRejected(false);
        // For listeners of one message at a time; batch listeners get BatchFallback instead (ADR 0026).
        factory.setAdviceChain(RetryInterceptorBuilder.stateless()
                .maxRetries(consumer.attempts() - 1)
                .backOffOptions(
                        consumer.initialBackoff().toMillis(),
                        consumer.multiplier(),
                        consumer.maxBackoff().toMillis())
                .recoverer(new DeadLetteringRecoverer(rabbit))
                .build());
        return factory;
    }
}
