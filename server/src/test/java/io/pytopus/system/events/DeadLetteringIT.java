package io.pytopus.system.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.IntegrationTest;
import io.pytopus.system.Exchanges;
import io.pytopus.system.WorkerRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BatchMessageListener;
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
 * What every worker queue does with a message its listener cannot handle (ADR 0011, 0026): exactly
 * {@code pytopus.events.consumer.attempts} deliveries to the listener, then the message goes to
 * {@code pytopus.dead} under the queue's name, with the failure in its headers, and never comes back;
 * in a batch, the other messages are handled all the same.
 *
 * <p>Listeners that fail are registered at run time on a queue of this test, with the very container
 * factory the journal, achievement and leaderboard consumers use: one that takes a message at a time
 * (as the email consumers do) and one that takes batches (as the others do).
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

    /**
     * A batch listener (ADR 0026) whose batch holds one poison message among good ones: the batch
     * fails as a whole (and is rolled back, as a transaction would be), then each message is handled
     * alone; the good ones go through once each, the poison one gets its attempts alone and is
     * dead-lettered, and nothing is left in the queue.
     */
    @Test
    void aPoisonMessageInABatchIsDeadLetteredAndTheOthersAreHandledOnce() {
        admin.declareQueue(new Queue(QUEUE, false, false, false));
        admin.declareQueue(new Queue(DEAD_QUEUE, false, false, false));
        admin.declareBinding(new Binding(DEAD_QUEUE, DestinationType.QUEUE, Exchanges.DEAD, QUEUE, null));
        var good = new ArrayList<String>();
        for (int i = 0; i < 9; i++) {
            good.add(UUID.randomUUID().toString());
        }
        String poison = UUID.randomUUID().toString();
        // Waiting before the listener starts, so they come in one batch.
        good.subList(0, 5).forEach(this::send);
        send(poison);
        good.subList(5, 9).forEach(this::send);
        var handled = new ConcurrentLinkedQueue<String>();
        var poisonTries = new AtomicInteger();
        var poisonBatches = new ConcurrentLinkedQueue<Integer>();
        var endpoint = new SimpleRabbitListenerEndpoint();
        endpoint.setId(LISTENER);
        endpoint.setQueueNames(QUEUE);
        endpoint.setBatchListener(true);
        endpoint.setMessageListener((BatchMessageListener) messages -> {
            var ids = messages.stream()
                    .map(message -> message.getMessageProperties().getMessageId())
                    .toList();
            if (ids.contains(poison)) {
                poisonBatches.add(ids.size());
                if (ids.size() == 1) {
                    poisonTries.incrementAndGet();
                }
                throw new IllegalStateException("tentacles in a knot");
            }
            handled.addAll(ids);
        });
        listeners.registerListenerContainer(endpoint, workerListeners, true);

        var dead = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> rabbit.receive(DEAD_QUEUE), Objects::nonNull);

        assertThat(dead.getMessageProperties().getMessageId()).isEqualTo(poison);
        assertThat(dead.getMessageProperties().<String>getHeader(RepublishMessageRecoverer.X_EXCEPTION_MESSAGE))
                .contains("tentacles in a knot");
        assertThat(poisonTries).hasValue(properties.consumer().attempts());
        assertThat(poisonBatches)
                .as("it came in a batch with others first")
                .first()
                .isNotEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(handled).containsExactlyInAnyOrderElementsOf(good));
        stopTheListener();
        assertThat(rabbit.receive(QUEUE)).as("all acknowledged").isNull();
        assertThat(rabbit.receive(DEAD_QUEUE)).isNull();
        assertThat(handled).containsExactlyInAnyOrderElementsOf(good);
    }

    private void send(String messageId) {
        var properties = new MessageProperties();
        properties.setMessageId(messageId);
        rabbit.send("", QUEUE, new Message("{}".getBytes(StandardCharsets.UTF_8), properties));
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
