package io.pytopus.account.internal;

import com.rabbitmq.client.ShutdownSignalException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.AsyncConsumerStoppedEvent;
import org.springframework.amqp.rabbit.listener.ConsumeOkEvent;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerTerminatedEvent;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells every instance that a user's sessions ended or changed, and hears it from the others (ADR
 * 0025).
 *
 * <p>The fanout exchange {@value #EXCHANGE} gives each instance a copy in its own queue, {@code
 * pytopus.sessions.<random id>}: new at every start, non-durable, exclusive and auto-delete, so it
 * lives exactly as long as this instance's connection (standard AMQP flags only: the embedded broker
 * refuses RabbitMQ's own arguments). RabbitAdmin declares it again, with its binding, on every new
 * connection. The name is chosen here rather than by the broker: a broker-named queue gets a new name
 * at every reconnection, and the consumer, which takes its queue names before it connects, would
 * first try to subscribe under the old one and wait out its declaration retries.
 *
 * <p>The consumer decides whether the {@link SessionCache} may be believed: trusted from the moment
 * the broker confirms the subscription ({@code basic.consume-ok}), distrusted as soon as the
 * connection drops or the consumer fails or stops. Messages are acknowledged automatically: one lost
 * with this instance is moot, since its cache goes with it.
 *
 * <p>A broadcast is sent from a virtual thread after the change has committed, so a sign-out never
 * waits for the broker; if it is lost (this instance cannot reach the broker while others can), the
 * others stop believing the session when their cached copy expires.
 */
final class SessionRevocations implements SmartLifecycle {

    static final String EXCHANGE = "pytopus.sessions";

    private static final Logger log = LoggerFactory.getLogger(SessionRevocations.class);

    private final RabbitTemplate rabbit;
    private final SessionCache cache;
    private final JsonMapper json;
    private final Queue queue = new Queue(EXCHANGE + "." + UUID.randomUUID(), false, true, true);
    private final SimpleMessageListenerContainer container;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean stopping;

    SessionRevocations(
            ConnectionFactory connections,
            AmqpAdmin admin,
            RabbitTemplate rabbit,
            SessionCache cache,
            JsonMapper json) {
        this.rabbit = rabbit;
        this.cache = cache;
        this.json = json;
        connections.addConnectionListener(new Disconnections());
        container = new SimpleMessageListenerContainer(connections);
        container.setQueues(queue);
        container.setAmqpAdmin(admin);
        container.setMessageListener(this::onMessage);
        container.setAcknowledgeMode(AcknowledgeMode.NONE);
        container.setConcurrentConsumers(1);
        // The queue is gone with a lost connection until RabbitAdmin declares it again: keep trying.
        container.setMissingQueuesFatal(false);
        // Not a bean of its own, so its events come here rather than to the application context.
        container.setApplicationEventPublisher(this::onContainerEvent);
        container.afterPropertiesSet();
    }

    /** The exchange, this instance's queue and its binding, for RabbitAdmin to declare. */
    Declarables declarables() {
        var exchange = new FanoutExchange(EXCHANGE, true, false);
        return new Declarables(exchange, queue, BindingBuilder.bind(queue).to(exchange));
    }

    /** Tells every instance, this one included, that the user's sessions ended or changed. */
    void broadcast(UUID userId) {
        var properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        var message = new Message(json.writeValueAsBytes(new SessionsChanged(userId)), properties);
        senders.execute(() -> {
            try {
                rabbit.send(EXCHANGE, "", message);
            } catch (AmqpException e) {
                log.warn(
                        "Could not tell the other instances that the sessions of {} changed;"
                                + " they notice within the session cache's time to live: {}",
                        userId,
                        e.toString());
            }
        });
    }

    private void onMessage(Message message) {
        try {
            var userId =
                    json.readValue(message.getBody(), SessionsChanged.class).userId();
            if (userId == null) {
                throw new IllegalArgumentException("no userId");
            }
            cache.evict(userId);
        } catch (JacksonException | IllegalArgumentException e) {
            // Whose sessions ended is unknown, so none of the cached ones can be believed.
            cache.clear();
            log.warn(
                    "Unreadable session revocation ({}); emptied the session cache: {}",
                    new String(message.getBody(), StandardCharsets.UTF_8),
                    e.toString());
        }
    }

    private void onContainerEvent(Object event) {
        switch (event) {
            case ConsumeOkEvent subscribed -> {
                cache.trust();
                log.info("Subscribed to session revocations ({}): cached sessions are believed", subscribed.getQueue());
            }
            case ListenerContainerConsumerFailedEvent failed -> distrust(failed.getReason());
            case AsyncConsumerStoppedEvent stopped -> distrust("the consumer stopped");
            case ListenerContainerConsumerTerminatedEvent terminated -> distrust("the consumer terminated");
            default -> {}
        }
    }

    private void distrust(String why) {
        boolean was = cache.trusted();
        cache.distrust();
        if (was && !stopping) {
            log.warn("Session revocations may be missed ({}): every request checks PostgreSQL", why);
        }
    }

    @Override
    public void start() {
        stopping = false;
        container.start();
    }

    @Override
    public void stop() {
        // A shutdown, not an outage: the requests still draining check PostgreSQL, quietly.
        stopping = true;
        container.stop();
        cache.distrust();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    /** The message: whose sessions ended or changed. */
    record SessionsChanged(@Nullable UUID userId) {}

    /** The broker connection dropped: the subscription went with it, before the consumer notices. */
    private final class Disconnections implements ConnectionListener {

        @Override
        public void onCreate(Connection connection) {
            // Trusted only once the consumer is subscribed again.
        }

        @Override
        public void onClose(Connection connection) {
            distrust("the broker connection closed");
        }

        @Override
        public void onShutDown(ShutdownSignalException signal) {
            distrust("the broker connection was lost: " + signal.getMessage());
        }
    }
}
