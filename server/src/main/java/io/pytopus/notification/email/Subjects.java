package io.pytopus.notification.email;

/** Subject lines: one line of printable text, whatever the names in them hold. */
final class Subjects {

    private static final int MAX_LENGTH = 200;

    private Subjects() {}

    static String clean(String subject) {
        String oneLine = subject.replaceAll("\\p{Cntrl}+", " ").strip();
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH - 1) + "…";
    }
}
