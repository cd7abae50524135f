package io.pytopus.notification.email;

import io.pytopus.account.EmailList;

/** What an email is, and the list its unsubscribe link leaves. */
enum EmailKind {
    NUDGE(EmailList.NUDGES),
    WEEKLY_DIGEST(EmailList.WEEKLY_DIGEST);

    private final EmailList list;

    EmailKind(EmailList list) {
        this.list = list;
    }

    EmailList list() {
        return list;
    }
}
