package io.pytopus.notification.email;

import io.pytopus.notification.email.EmailOutbox.Delivery;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one email to the SMTP server ({@code spring.mail.*}): plain text with an HTML alternative,
 * the outbox's {@code Message-ID}, and the unsubscribe headers of RFC 2369 and RFC 8058 (one click:
 * the mail client posts {@code List-Unsubscribe=One-Click} to the link).
 */
@Component
class Mailer {

    private final JavaMailSender sender;
    private final MailProperties properties;

    Mailer(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** @throws MailException when SMTP is unreachable or refuses the message */
    void send(Delivery email) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(email.recipient());
            helper.setSubject(email.content().subject());
            helper.setText(email.content().text(), email.content().html());
            // JavaMailSenderImpl keeps a Message-ID set before sending: a rare second send (ADR 0015)
            // is then the same message, which mail systems may recognise as such.
            message.setHeader("Message-ID", email.messageId());
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            // RFC 3834: no vacation auto-replies to a machine.
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not prepare email " + email.dedupeKey(), e);
        }
        sender.send(message);
    }
}
