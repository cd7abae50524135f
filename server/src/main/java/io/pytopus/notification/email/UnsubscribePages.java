package io.pytopus.notification.email;

import io.pytopus.account.EmailList;

/**
 * The two small pages a person sees after following an unsubscribe link: a button (its form posts to
 * the link itself, {@code action=""}, so the token is not repeated in the page) and the result. No
 * script and no inline style, so the strict content security policy holds.
 */
final class UnsubscribePages {

    private UnsubscribePages() {}

    static String confirm(EmailList list) {
        return page(
                "Stop " + name(list) + "?",
                "<p>You are about to stop receiving " + name(list) + " from Pytopus.</p>\n"
                        + "<form method=\"post\" action=\"\">\n"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\n"
                        + "<button type=\"submit\">Stop " + name(list) + "</button>\n"
                        + "</form>\n");
    }

    static String done(EmailList list) {
        return page(
                "Done",
                "<p>You will not receive " + name(list) + " any more. "
                        + "You can switch them on again in your settings.</p>\n");
    }

    /** Constant words only: nothing from the request or the database reaches the page. */
    private static String name(EmailList list) {
        return switch (list) {
            case NUDGES -> "nudges by email";
            case WEEKLY_DIGEST -> "the weekly digest";
        };
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Pytopus: " + title + "</title></head>\n<body>\n<h1>" + title + "</h1>\n" + body
                + "<p><a href=\"/\">Pytopus</a></p>\n</body></html>\n";
    }
}
