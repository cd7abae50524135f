package io.pytopus.system.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.pytopus.system.Exchanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.support.micrometer.RabbitListenerObservation;
import org.springframework.amqp.rabbit.support.micrometer.RabbitListenerObservation.DefaultRabbitListenerObservationConvention;
import org.springframework.amqp.rabbit.support.micrometer.RabbitMessageReceiverContext;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The advice around a batch listener of a worker queue (ADR 0026). The listener handles its batch in
 * one transaction. When that fails, nobody knows which message was at fault, so each is handled
 * again alone, with the retries and backoff of {@code pytopus.events.consumer}: the good ones go
 * through (a listener ignores what it handled before), and a message that still fails after its
 * attempts is republished, with the failure in its headers, to {@link Exchanges#DEAD} under the name
 * of its queue. A batch of one is that message's first attempt already. Either way the advice then
 * returns normally, and the container acknowledges the whole batch: one poison message neither
 * blocks nor loses the others.
 *
 * <p>Should dead-lettering itself fail (the broker refused it or did not confirm), the batch goes back
 * to the queue instead, so nothing is lost; what was handled comes again and is ignored.
 *
 * <p>A batch belongs to no single trace: each message gets a receiver observation of its own, from
 * the start of its batch to its end, continuing the trace its headers carry (ADR 0018); a message
 * handled alone runs in its observation's scope, so its log lines carry its trace id.
 */
final class BatchFallback implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(BatchFallback.class);

    private final EventRelayProperties.Consumer consumer;
    private final MessageRecoverer deadLetters;
    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private final AbstractMessageListenerContainer container;

    BatchFallback(
            EventRelayProperties.Consumer consumer,
            MessageRecoverer deadLetters,
            ObservationRegistry observations,
            MeterRegistry meters,
            AbstractMessageListenerContainer container) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.observations = observations;
        this.meters = meters;
        this.container = container;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Object[] arguments = invocation.getArguments();
        if (!(arguments[1] instanceof List<?> batch)
                || !(invocation instanceof ProxyMethodInvocation listener)
                || batch.isEmpty()) {
            return invocation.proceed();
        }
        var messages = new ArrayList<Message>(batch.size());
        batch.forEach(message -> messages.add((Message) message));
        String queue = Objects.requireNonNullElse(
                messages.getFirst().getMessageProperties().getConsumerQueue(), "");
        sizes(queue).record(messages.size());
        var received = messages.stream().map(this::observation).toList();
        try {
            try {
                // Clones only: each call goes on from this advice, whatever ran before.
                listener.invocableClone(arguments).proceed();
                return null;
            } catch (Throwable failure) {
                fallbacks(queue).increment();
                if (messages.size() == 1) {
                    handleAlone(listener, arguments[0], messages.getFirst(), received.getFirst(), failure);
                } else {
                    log.debug("A batch of {} failed; handling its messages one by one: {}", messages.size(), failure);
                    for (int i = 0; i < messages.size(); i++) {
                        handleAlone(listener, arguments[0], messages.get(i), received.get(i), null);
                    }
                }
                return null;
            }
        } finally {
            received.forEach(Observation::stop);
        }
    }

    /**
     * Tries the message alone until it goes through or its attempts are spent, then dead-letters it.
     *
     * @param failedOnce the failure of its batch of one, which was its first attempt; {@code null} when
     *     it failed in a larger batch, which counts for no one
     */
    private void handleAlone(
            ProxyMethodInvocation listener,
            @Nullable Object channel,
            Message message,
            Observation observation,
            @Nullable Throwable failedOnce) {
        BackOffExecution backOff = backOff().start();
        Throwable last = failedOnce;
        int tries = failedOnce == null ? consumer.attempts() : consumer.attempts() - 1;
        for (int i = 0; i < tries; i++) {
            if (last != null) {
                pause(backOff.nextBackOff());
            }
            try (var scope = observation.openScope()) {
                listener.invocableClone(channel, List.of(message)).proceed();
                return;
            } catch (Throwable e) {
                last = e;
            }
        }
        Throwable cause = Objects.requireNonNull(last);
        observation.error(cause);
        try {
            deadLetters.recover(message, cause);
        } catch (RuntimeException e) {
            throw new ImmediateRequeueAmqpException(
                    "Could not dead-letter message "
                            + message.getMessageProperties().getMessageId() + "; its batch goes back to the queue",
                    e);
        }
    }

    private ExponentialBackOff backOff() {
        var backOff = new ExponentialBackOff(consumer.initialBackoff().toMillis(), consumer.multiplier());
        backOff.setMaxInterval(consumer.maxBackoff().toMillis());
        return backOff;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // The container is stopping: the batch goes back to the queue for whoever consumes next.
            Thread.currentThread().interrupt();
            throw new ImmediateRequeueAmqpException("Interrupted between retries; the batch is requeued", e);
        }
    }

    private DistributionSummary sizes(String queue) {
        return DistributionSummary.builder("pytopus.events.batch.size")
                .description("Messages a worker handled in one batch")
                .baseUnit("messages")
                .tag("queue", queue)
                .register(meters);
    }

    private Counter fallbacks(String queue) {
        return Counter.builder("pytopus.events.batch.fallbacks")
                .description("Batches that failed as a whole and were then handled one message at a time")
                .tag("queue", queue)
                .register(meters);
    }

    private Observation observation(Message message) {
        String listenerId = Objects.requireNonNullElse(container.getListenerId(), "");
        return RabbitListenerObservation.LISTENER_OBSERVATION
                .observation(
                        null,
                        DefaultRabbitListenerObservationConvention.INSTANCE,
                        () -> new RabbitMessageReceiverContext(message, listenerId),
                        observations)
                .start();
    }
}
