package io.pytopus.system.events;

import io.pytopus.system.Exchanges;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.expression.common.LiteralExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * What a worker does with a message once its retries are spent: republish it, with the exception in
 * its headers, to {@link Exchanges#DEAD} under the name of the queue it came from (waiting for the
 * broker's confirm), then reject the original without requeueing. The rejection is needed because
 * worker queues acknowledge manually: without it the original would stay unacknowledged.
 *
 * <p>Dead-lettering is done here rather than by the broker because RabbitMQ-only queue arguments
 * ({@code x-dead-letter-exchange}) are refused by the embedded broker (DESIGN §3.4).
 */
final class DeadLetteringRecoverer extends RepublishMessageRecovererWithConfirms {

    DeadLetteringRecoverer(RabbitTemplate rabbit) {
        super(
                rabbit,
                new LiteralExpression(Exchanges.DEAD),
                new SpelExpressionParser().parseExpression("messageProperties.consumerQueue"),
                ConfirmType.CORRELATED);
    }

    @Override
    public void recover(Message message, Throwable cause) {
        super.recover(message, cause);
        throw new AmqpRejectAndDontRequeueException(
                "Gave up on message " + message.getMessageProperties().getMessageId() + "; sent to " + Exchanges.DEAD,
                true,
                cause);
    }
}
