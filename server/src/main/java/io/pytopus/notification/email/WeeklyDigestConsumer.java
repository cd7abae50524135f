package io.pytopus.notification.email;

import com.rabbitmq.client.Channel;
import io.pytopus.account.EmailList;
import io.pytopus.account.EmailSubscriptions;
import io.pytopus.notification.email.DigestEmails.PetWeek;
import io.pytopus.notification.email.WeekTallies.Tally;
import io.pytopus.pet.PetSummaries;
import io.pytopus.pet.PetSummaries.PetSummary;
import io.pytopus.system.WorkerRole;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and sends one weekly digest per {@link WeeklyDigestDue} job: for each octopus in the user's
 * care its stage and care streak when the job was enqueued, and the tricks, waves and care its week's
 * tally counted. The
 * email goes through the outbox under the key {@code digest:<user>:<week>}, so a job delivered twice
 * sends one email. A user who left the list, or has no octopus in their care, gets nothing.
 */
@Component
@WorkerRole
class WeeklyDigestConsumer {

    private final EmailSubscriptions subscriptions;
    private final PetSummaries pets;
    private final WeekTallies tallies;
    private final Emails emails;
    private final EmailDelivery delivery;
    private final MailProperties properties;
    private final JsonMapper json;

    WeeklyDigestConsumer(
            EmailSubscriptions subscriptions,
            PetSummaries pets,
            WeekTallies tallies,
            Emails emails,
            EmailDelivery delivery,
            MailProperties properties,
            JsonMapper json) {
        this.subscriptions = subscriptions;
        this.pets = pets;
        this.tallies = tallies;
        this.emails = emails;
        this.delivery = delivery;
        this.properties = properties;
        this.json = json;
    }

    @RabbitListener(queues = EmailConfiguration.DIGEST_QUEUE, containerFactory = WorkerRole.LISTENERS)
    void onJob(Message message, Channel channel) throws IOException {
        var job = json.readValue(message.getBody(), WeeklyDigestDue.class);
        Weeks.requireMonday(job.weekStart());
        var subscriber = subscriptions.subscriber(job.userId());
        if (subscriber.isPresent() && subscriber.get().preferences().subscribedTo(EmailList.WEEKLY_DIGEST)) {
            // As of the job's instant, not this worker's: every copy of a job writes the same digest.
            Instant now = job.occurredAt().truncatedTo(ChronoUnit.MICROS);
            var inCare = pets.inCareOf(job.userId(), now);
            if (!inCare.isEmpty()) {
                var week = tallies.of(inCare.stream().map(PetSummary::id).toList(), job.weekStart());
                var petWeeks = inCare.stream()
                        .map(pet -> petWeek(pet, week.getOrDefault(pet.id(), Tally.NONE)))
                        .toList();
                delivery.enqueueAndSend(emails.delivery(
                        WeeklyDigestDue.dedupeKey(job.userId(), job.weekStart()),
                        subscriber.get(),
                        EmailKind.WEEKLY_DIGEST,
                        now,
                        properties.digestExpiresAfter(),
                        unsubscribe -> DigestEmails.render(
                                subscriber.get().displayName(),
                                job.weekStart(),
                                petWeeks,
                                emails.appUrl(),
                                unsubscribe)));
            }
        }
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }

    private static PetWeek petWeek(PetSummary pet, Tally tally) {
        return new PetWeek(
                pet.name(),
                pet.stage(),
                pet.onVacation(),
                pet.sick(),
                tally.tricksLearned(),
                tally.wavesReceived(),
                tally.careActions(),
                pet.careStreakDays());
    }
}
