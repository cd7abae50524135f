package io.pytopus.system.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
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
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The road from the outbox to the workers (DESIGN §3, data flow 3–4; ADR 0011, 0027): the outbox that
 * commits {@code @Externalized} events with their change, the relay that sends them to RabbitMQ in
 * batches with publisher confirms, the shared exchanges, and the listener container factory every worker
 * queue uses ({@link WorkerRole#LISTENERS}: manual acknowledgements, retries with exponential backoff,
 * then {@link Exchanges#DEAD}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventRelayProperties.class)
class EventRelayConfiguration {

    /** Both null when no tracer is configured: then events carry no trace. */
    @Bean
    TraceParents traceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceParents(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /** Every process relays what it commits (the API and the workers both publish events). */
    @Bean
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            RabbitTemplate rabbit,
            TraceParents traces,
            EventRelayProperties properties) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), rabbit, traces, properties);
    }

    @Bean
    EventOutbox eventOutbox(
            JdbcClient jdbc, JsonMapper json, OutboxRelay relay, TraceParents traces, EventRelayProperties properties) {
        return new EventOutbox(jdbc, json, relay, traces, properties.resubmitOlderThan());
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
        // Consumers on platform threads, not virtual ones: under a saturating request load, the
        // virtual-thread scheduler's FIFO queue gives each consumer one turn in hundreds, and the
        // queues fall behind; the OS scheduler gives the few consumer threads a fair share of the CPU
        // beside the carriers of every request (issue 13, "workers that keep up").
        factory.setTaskExecutor(new SimpleAsyncTaskExecutor("worker-"));
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
