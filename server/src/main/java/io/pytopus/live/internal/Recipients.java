package io.pytopus.live.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Whose streams an event goes to, by the family of its routing key: a pet's or a reef visit's
 * events go to the pet's owner ({@code ownerId}; never to a visitor), a notification or an
 * achievement to its user ({@code userId}). An event of another family, or without a readable user,
 * goes nowhere.
 */
final class Recipients {

    /** Routing-key families the stream forwards, and the member naming the user of each. */
    static final Map<String, String> USER_FIELD_BY_FAMILY = Map.of(
            "pet", "ownerId",
            "reef", "ownerId",
            "notification", "userId",
            "achievement", "userId");

    private Recipients() {}

    static Optional<UUID> of(String routingKey, JsonNode event) {
        int dot = routingKey.indexOf('.');
        String field = dot < 0 ? null : USER_FIELD_BY_FAMILY.get(routingKey.substring(0, dot));
        if (field == null || !event.path(field).isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(event.path(field).asString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
