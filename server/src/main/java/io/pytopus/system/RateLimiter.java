package io.pytopus.system;

/**
 * Rate limits shared by every API replica. The buckets live in Redis; when Redis is unreachable
 * each replica falls back to local in-memory buckets, so a limit is never lifted and a Redis outage
 * never turns into an error (DESIGN §3.4, ADR 0009).
 */
public interface RateLimiter {

    /**
     * Takes one request from the bucket {@code key} (for example {@code "login:ip:203.0.113.7"}).
     *
     * @throws ProblemException 429 {@code RATE_LIMITED} with {@code Retry-After} when it is empty
     */
    void consume(String key, RateLimit limit);
}
