package io.pytopus.notification.email;

import io.pytopus.account.EmailList;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** The email module's inner workings, for integration tests of other packages. */
public final class EmailDesk {

    private EmailDesk() {}

    /** The path (no host) of the user's unsubscribe link for {@code list}. */
    public static String unsubscribePath(ApplicationContext context, UUID userId, EmailList list) {
        return UnsubscribeController.BASE + "/"
                + context.getBean(Emails.class).tokens().tokenFor(userId, list);
    }

    /** Runs the weekly digest of the week starting {@code weekStart}; the jobs it enqueued. */
    public static int runDigest(ApplicationContext context, LocalDate weekStart) {
        return context.getBean(WeeklyDigestJob.class).enqueue(weekStart);
    }

    /** Tries the pending emails that are due now; how many were tried. */
    public static int sendDue(ApplicationContext context) {
        return context.getBean(EmailDelivery.class).attemptDue(100);
    }
}
