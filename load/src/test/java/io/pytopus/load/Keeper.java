package io.pytopus.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed-up owner of the load run and their pet: one line of the keepers file that Gatling's
 * feeder, the constant-rate generator and wrk's script (perf/load.lua) read.
 *
 * <p>{@code cookies} is the whole {@code Cookie} header the server set at sign-up (the session and
 * whatever else it sets), so the harness keeps working whatever the session mechanism calls its
 * cookies; {@code xsrf} is the {@code XSRF-TOKEN} cookie's value, echoed as {@code X-XSRF-TOKEN}.
 * Fields are tab-separated (a cookie value never holds a tab), the cookie header last.
 */
record Keeper(String petId, String petName, String misspelledName, String xsrf, String cookies) {

    static final String XSRF_COOKIE = "XSRF-TOKEN";

    static Keeper of(Map<String, String> cookies, String petId, String petName, String misspelledName) {
        return new Keeper(petId, petName, misspelledName, cookies.get(XSRF_COOKIE), cookieHeader(cookies));
    }

    String toLine() {
        return String.join("\t", petId, petName, misspelledName, xsrf, cookies);
    }

    static Keeper fromLine(String line) {
        var fields = line.split("\t", 5);
        if (fields.length != 5) {
            throw new IllegalArgumentException("Not a keeper line (5 tab-separated fields): " + line);
        }
        return new Keeper(fields[0], fields[1], fields[2], fields[3], fields[4]);
    }

    /** The cookies as a name-to-value map, as {@link Seeder#send} keeps them. */
    Map<String, String> cookieJar() {
        var jar = new LinkedHashMap<String, String>();
        for (var pair : cookies.split(";\\s*")) {
            var nameAndValue = pair.split("=", 2);
            if (nameAndValue.length == 2) {
                jar.put(nameAndValue[0].trim(), nameAndValue[1].trim());
            }
        }
        return jar;
    }

    Map<String, Object> asFeederRecord() {
        return Map.of(
                "cookies", cookies,
                "xsrf", xsrf,
                "petId", petId,
                "petName", petName,
                "misspelledName", misspelledName);
    }

    static String cookieHeader(Map<String, String> cookies) {
        return String.join(
                "; ",
                cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue())
                        .toList());
    }
}
