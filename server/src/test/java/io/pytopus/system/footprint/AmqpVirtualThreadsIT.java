package io.pytopus.system.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application's RabbitMQ connection factory hands a publisher confirm from the real broker to a
 * virtual thread, not to a platform thread of a pool of its own (ADR 0031).
 */
@IntegrationTest
class AmqpVirtualThreadsIT {

    @Autowired
    ConnectionFactory connections;

    @Test
    void publisherConfirmsAreHandledOnVirtualThreads() throws Exception {
        // A template of its own: the application's has no confirm callback, and a template takes only one.
        var template = new RabbitTemplate(connections);
        var confirmedOn = new CompletableFuture<Thread>();
        template.setConfirmCallback((correlation, ack, cause) -> confirmedOn.complete(Thread.currentThread()));
        var correlation = new CorrelationData(UUID.randomUUID().toString());

        // The default exchange takes any routing key; with no queue of that name the message is
        // dropped, and confirmed.
        template.send(
                "",
                "pytopus.footprint-test." + correlation.getId(),
                new Message("ping".getBytes(StandardCharsets.UTF_8), new MessageProperties()),
                correlation);

        assertThat(correlation.getFuture().get(10, TimeUnit.SECONDS).ack()).isTrue();
        var thread = confirmedOn.get(10, TimeUnit.SECONDS);
        assertThat(thread.isVirtual()).as("confirm handled on %s", thread).isTrue();
        assertThat(thread.getName()).startsWith("rabbitConnectionFactory-");
    }
}
