package io.pytopus.notification.email;

/** An email's words: a subject, a plain-text body and the same as simple HTML. */
record RenderedEmail(String subject, String text, String html) {}
