package io.pytopus.live.internal;

import java.util.UUID;

/**
 * One event on its way to a user's streams, written as {@code id: <id>}, {@code event: <name>},
 * {@code data: <data>}.
 *
 * @param id the event's id, which the browser sends back as {@code Last-Event-ID}
 * @param name the routing key it was published with, such as {@code pet.care-given}
 * @param data the event's JSON as relayed
 * @param userId the user whose streams receive it
 */
record LiveEvent(String id, String name, String data, UUID userId) {}
