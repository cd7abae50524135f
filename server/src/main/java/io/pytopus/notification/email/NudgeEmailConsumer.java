package io.pytopus.notification.email;

import com.rabbitmq.client.Channel;
import io.pytopus.account.EmailList;
import io.pytopus.account.EmailSubscriptions;
import io.pytopus.notification.NotificationPosted;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mails each posted notification to its user when they opted in to nudges by email, from the {@code
 * notification.posted} events: outside the scheduler's transaction, and only once that has committed.
 * The email goes through the outbox under the key {@code nudge:<notification id>}, so a redelivered
 * event sends nothing twice; a send that fails stays in the outbox and is retried there, so the event
 * is acknowledged either way.
 */
@Component
@WorkerRole
class NudgeEmailConsumer {

    private final EmailSubscriptions subscriptions;
    private final Emails emails;
    private final EmailDelivery delivery;
    private final MailProperties properties;
    private final JsonMapper json;

    NudgeEmailConsumer(
            EmailSubscriptions subscriptions,
            Emails emails,
            EmailDelivery delivery,
            MailProperties properties,
            JsonMapper json) {
        this.subscriptions = subscriptions;
        this.emails = emails;
        this.delivery = delivery;
        this.properties = properties;
        this.json = json;
    }

    @RabbitListener(queues = EmailConfiguration.NUDGE_QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onPosted(Message message, Channel channel) throws IOException {
        var posted = json.readValue(message.getBody(), NotificationPosted.class);
        var subscriber = subscriptions.subscriber(posted.userId());
        if (subscriber.isPresent() && subscriber.get().preferences().subscribedTo(EmailList.NUDGES)) {
            // Stale news is no nudge: the expiry counts from when the notification was posted.
            var expiresAfter = properties.nudgeExpiresAfter();
            var email = emails.delivery(
                    "nudge:" + posted.notificationId(),
                    subscriber.get(),
                    EmailKind.NUDGE,
                    posted.occurredAt().truncatedTo(ChronoUnit.MICROS),
                    expiresAfter,
                    unsubscribe -> NudgeEmails.render(
                            subscriber.get().displayName(),
                            posted.title(),
                            posted.body(),
                            emails.appUrl(),
                            unsubscribe));
            delivery.enqueueAndSend(email);
        }
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }
}
