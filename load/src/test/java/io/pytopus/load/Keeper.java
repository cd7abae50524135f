package io.pytopus.load;

import java.util.Map;

/** A signed-up owner of the load run and their pet, as a Gatling feeder record. */
record Keeper(String session, String xsrf, String petId, String petName, String misspelledName) {

    String toLine() {
        return String.join(",", session, xsrf, petId, petName, misspelledName);
    }

    static Keeper fromLine(String line) {
        var fields = line.split(",");
        return new Keeper(fields[0], fields[1], fields[2], fields[3], fields[4]);
    }

    Map<String, Object> asFeederRecord() {
        return Map.of(
                "session", session,
                "xsrf", xsrf,
                "petId", petId,
                "petName", petName,
                "misspelledName", misspelledName);
    }
}
