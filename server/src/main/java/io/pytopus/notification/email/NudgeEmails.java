package io.pytopus.notification.email;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The words of a nudge by email: the nudge itself, a link to the app, a way out. Pure. */
final class NudgeEmails {

    private NudgeEmails() {}

    static RenderedEmail render(String displayName, String title, String body, String appUrl, String unsubscribeUrl) {
        String text = "Hello " + displayName + ",\n\n"
                + title + ".\n" + body + "\n\n"
                + "Look after your octopus: " + appUrl + "\n\n"
                + "-- \nYou receive this because you asked for nudges by email.\n"
                + "Stop them: " + unsubscribeUrl + "\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>Hello " + htmlEscape(displayName) + ",</p>\n"
                + "<h1>" + htmlEscape(title) + "</h1>\n"
                + "<p>" + htmlEscape(body) + "</p>\n"
                + "<p><a href=\"" + htmlEscape(appUrl) + "\">Look after your octopus</a></p>\n"
                + "<hr>\n<p><small>You receive this because you asked for nudges by email. "
                + "<a href=\"" + htmlEscape(unsubscribeUrl) + "\">Stop them</a>.</small></p>\n"
                + "</body></html>\n";
        return new RenderedEmail(Subjects.clean(title), text, html);
    }
}
