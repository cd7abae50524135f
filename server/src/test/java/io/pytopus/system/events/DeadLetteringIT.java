package io.pytopus.system.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.IntegrationTest;
import io.pytopus.system.Exchanges;
import io.pytopus.system.WorkerRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerEndpoint;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecoverer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * What every worker queue does with a message its listener cannot handle (ADR 0011): exactly {@code
 * pytopus.events.consumer.attempts} deliveries to the listener, then the message goes to {@code
 * pytopus.dead} under the queue's name, with the failure in its headers, and never comes back.
 *
 * <p>A listener that always fails is registered at run time on a queue of this test, with the very
 * container factory the journal, achievement and leaderboard consumers use.
 */
@IntegrationTest
class DeadLetteringIT {

    private static final String QUEUE = "pytopus.dead-lettering-test";
    private static final String DEAD_QUEUE = QUEUE + ".dead";
    private static final String LISTENER = "dead-lettering-test";

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Autowired
    @Qualifier(WorkerRole.LISTENERS)
    SimpleRabbitListenerContainerFactory workerListeners;

    @Autowired
    EventRelayProperties properties;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    RabbitTemplate rabbit;

    @AfterEach
    void removeTheTestQueues() {
        stopTheListener();
        admin.deleteQueue(QUEUE);
        admin.deleteQueue(DEAD_QUEUE);
    }

    @Test
    void aMessageThatAlwaysFailsIsTriedTheConfiguredNumberOfTimesThenDeadLettered() {
        admin.declareQueue(new Queue(QUEUE, false, false, false));
        admin.declareQueue(new Queue(DEAD_QUEUE, false, false, false));
        admin.declareBinding(new Binding(DEAD_QUEUE, DestinationType.QUEUE, Exchanges.DEAD, QUEUE, null));
        var deliveries = new AtomicInteger();
        var endpoint = new SimpleRabbitListenerEndpoint();
        endpoint.setId(LISTENER);
        endpoint.setQueueNames(QUEUE);
        endpoint.setMessageListener((MessageListener) message -> {
            deliveries.incrementAndGet();
            throw new IllegalStateException("tentacles in a knot");
        });
        listeners.registerListenerContainer(endpoint, workerListeners, true);
        int attempts = this.properties.consumer().attempts();

        var dead = sendAndAwaitDeadLetter();

        assertThat(dead.getMessageProperties().<String>getHeader(RepublishMessageRecoverer.X_EXCEPTION_MESSAGE))
                .contains("tentacles in a knot");
        assertThat(deliveries).hasValue(attempts);
        // Rejected for good: had it been requeued, it would be delivered again before the next one.
        sendAndAwaitDeadLetter();
        assertThat(deliveries).hasValue(2 * attempts);
    }

    private Message sendAndAwaitDeadLetter() {
        String messageId = UUID.randomUUID().toString();
        var properties = new MessageProperties();
        properties.setMessageId(messageId);
        rabbit.send("", QUEUE, new Message("{}".getBytes(StandardCharsets.UTF_8), properties));
        var dead = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> rabbit.receive(DEAD_QUEUE), Objects::nonNull);
        assertThat(dead.getMessageProperties().getMessageId()).isEqualTo(messageId);
        return dead;
    }

    private void stopTheListener() {
        var container = listeners.unregisterListenerContainer(LISTENER);
        if (container != null) {
            container.stop();
        }
    }
}
