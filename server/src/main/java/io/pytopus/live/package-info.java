/**
 * Live updates: {@code GET /api/v1/stream}, a server-sent events stream of the signed-in user's
 * events (their pets' {@code pet.*} and {@code reef.*} events, their {@code notification.*} and
 * {@code achievement.*} events), so the web app refetches what changed instead of polling.
 *
 * <p>It runs in API processes only ({@code pytopus.roles} contains {@code api}). Each such process
 * declares a queue of its own, exclusive and deleted with its connection, bound to {@code
 * pytopus.events}, so every instance sees every event and forwards it to the streams of the user it
 * names that are connected to that instance. A short per-user replay buffer answers a reconnect with
 * {@code Last-Event-ID}; when it cannot, the stream says {@code resync} (ADR 0015). The module has no
 * public API: events come in from RabbitMQ, streams go out over HTTP.
 */
@ApplicationModule(displayName = "Live updates")
package io.pytopus.live;

import org.springframework.modulith.ApplicationModule;
