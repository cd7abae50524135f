package io.pytopus.devservices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of an engine's log, quoted in a start failure so nobody has to go looking for it. */
final class LogTail {

    private static final int LINES = 20;

    private LogTail() {}

    /** The last lines of the log, introduced by its path; empty when there is no log. */
    static String of(Path log) {
        try {
            if (!Files.isRegularFile(log)) {
                return "";
            }
            // Decoding leniently: a half-written multi-byte character must not hide the log.
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
            return tail.isEmpty() ? "" : "\nLast lines of " + log + ":\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "";
        }
    }
}
