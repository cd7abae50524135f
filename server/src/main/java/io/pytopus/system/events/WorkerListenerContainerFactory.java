package io.pytopus.system.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.pytopus.system.Exchanges;
import io.pytopus.system.WorkerRole;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpoint;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.expression.common.LiteralExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * The container factory of every worker queue ({@link WorkerRole#LISTENERS}, ADR 0011, 0026). Its
 * containers run {@code pytopus.events.consumer.concurrency} consumers each, and come in two kinds:
 *
 * <ul>
 *   <li>a <b>batch listener</b> ({@code @RabbitListener(batch = "true")}, taking a {@code
 *       List<Message>}) gets up to {@code batch-size} messages at a time, handles them in one
 *       transaction and returns; the container then acknowledges them all. {@link BatchFallback}
 *       handles a failed batch one message at a time, with retries, then dead-letters what still
 *       fails;
 *   <li>any other listener gets one message at a time and acknowledges it itself; the factory's
 *       advice retries a failure and then dead-letters the message ({@link DeadLetteringRecoverer}).
 * </ul>
 */
final class WorkerListenerContainerFactory extends SimpleRabbitListenerContainerFactory {

    private final EventRelayProperties.Consumer consumer;
    private final RabbitTemplate rabbit;
    private final ObservationRegistry observations;
    private final MeterRegistry meters;

    WorkerListenerContainerFactory(
            EventRelayProperties.Consumer consumer,
            RabbitTemplate rabbit,
            ObservationRegistry observations,
            MeterRegistry meters) {
        this.consumer = consumer;
        this.rabbit = rabbit;
        this.observations = observations;
        this.meters = meters;
    }

    @Override
    protected void initializeContainer(
            SimpleMessageListenerContainer container, @Nullable RabbitListenerEndpoint endpoint) {
        super.initializeContainer(container, endpoint);
        if (endpoint == null || !Boolean.TRUE.equals(endpoint.getBatchListener())) {
            return;
        }
        container.setConsumerBatchEnabled(true);
        container.setDeBatchingEnabled(true);
        container.setBatchSize(consumer.batchSize());
        container.setReceiveTimeout(consumer.receiveTimeout().toMillis());
        container.setBatchReceiveTimeout(consumer.batchReceiveTimeout().toMillis());
        // Acknowledged by the container once the listener has returned, that is after its commit.
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        var deadLetters = new RepublishMessageRecovererWithConfirms(
                rabbit,
                new LiteralExpression(Exchanges.DEAD),
                new SpelExpressionParser().parseExpression("messageProperties.consumerQueue"),
                ConfirmType.CORRELATED);
        var observed = Boolean.TRUE.equals(getObservationEnabled()) ? observations : ObservationRegistry.NOOP;
        container.setAdviceChain(new BatchFallback(consumer, deadLetters, observed, meters, container));
    }
}
