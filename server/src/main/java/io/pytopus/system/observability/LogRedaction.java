package io.pytopus.system.observability;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The last guard of the structured (GELF) logs, named by {@code logging.structured.json.customizer}:
 * whatever a library or our own code puts in a log line, no email address, password, session or CSRF
 * cookie, bearer token or URL credential leaves the process (ADR 0018). It also gives the trace
 * fields the snake_case names of our own ({@code _trace_id}, {@code _span_id}, like {@code
 * _request_id} and {@code _user_id}).
 *
 * <p>Our code logs ids, never those values; this catches the rest, such as a database error that
 * quotes a duplicate email address.
 */
public final class LogRedaction implements StructuredLoggingJsonMembersCustomizer<Object> {

    static final String REDACTED = "[redacted]";

    private static final Map<String, String> RENAMED = Map.of("_traceId", "_trace_id", "_spanId", "_span_id");

    private static final List<Rule> RULES = List.of(
            // user:password@ in a URL (JDBC, AMQP, Redis)
            new Rule(Pattern.compile("(?<=://)([^/\\s:@]+):([^/\\s@]+)@"), "$1:" + REDACTED + "@"),
            // cookies and headers that authenticate
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(__Host-SESSION|SESSION|JSESSIONID|XSRF-TOKEN|X-XSRF-TOKEN)([=:]\\s*)[^;,\\s\"]+"),
                    "$1$2" + REDACTED),
            new Rule(Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}"), "$1 " + REDACTED),
            // "password":"any words", then password=..., token: ...
            new Rule(
                    Pattern.compile("(?i)\"(password|passwd|pwd|secret|token|api[_-]?key)\"(\\s*:\\s*)\"[^\"]*\""),
                    "\"$1\"$2\"" + REDACTED + "\""),
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key)(\"?\\s*[=:]\\s*\"?)[^\\s\"&,;}]+"),
                    "$1$2" + REDACTED),
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), "[email]"));

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingNameProcessor((path, name) -> RENAMED.getOrDefault(name, name));
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogRedaction::redact));
    }

    /** The text with every secret the rules know replaced. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        var result = text;
        for (var rule : RULES) {
            result = rule.apply(result);
        }
        return result;
    }

    private record Rule(Pattern pattern, String replacement) {

        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(replacement) : text;
        }
    }
}
