package io.pytopus.devservices;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The embedded SMTP server of this JVM, for tests: what the application has sent, and a way to take
 * SMTP away and bring it back on the same port.
 *
 * <pre>{@code
 * var smtp = EmbeddedSmtp.running().orElseThrow();
 * smtp.stop();   // sends now fail: connection refused
 * smtp.start();  // the same port again, with an empty mailbox
 * smtp.receivedBy("ink@example.com");
 * }</pre>
 *
 * <p>Empty when no embedded server runs (the environment names one with {@code SMTP_HOST}).
 */
public final class EmbeddedSmtp {

    private final SmtpEngine engine;

    private EmbeddedSmtp(SmtpEngine engine) {
        this.engine = engine;
    }

    /** The server the dev services started in this JVM, if they did. */
    public static Optional<EmbeddedSmtp> running() {
        return SharedDevServices.runningFor(Engine.SMTP)
                .flatMap(services -> services.service(Engine.SMTP))
                .map(service -> new EmbeddedSmtp((SmtpEngine) service));
    }

    /** Every message received since the server last started, oldest first. */
    public List<MimeMessage> received() {
        return engine.received();
    }

    /** The messages received since the server last started with {@code address} among their recipients. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> isFor(message, address)).toList();
    }

    /** Stops the server: connections are refused until {@link #start()}. */
    public void stop() {
        engine.stop();
    }

    /** Starts the server again on the port it had (it keeps nothing from before the stop). */
    public void start() {
        engine.start();
    }

    public boolean isRunning() {
        return engine.isRunning();
    }

    public int port() {
        return engine.port();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(recipient -> recipient instanceof InternetAddress internet
                                    && address.equalsIgnoreCase(internet.getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException("An unreadable message in the embedded SMTP server", e);
        }
    }
}
