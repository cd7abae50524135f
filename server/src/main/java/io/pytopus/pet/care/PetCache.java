package io.pytopus.pet.care;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Cache-aside for stored pets in Redis. Redis is only a cache (DESIGN §3): any failure here is
 * logged at most once a minute and the caller falls back to PostgreSQL, so a Redis outage costs
 * latency, never an error. Evictions run after the writing transaction commits, so a concurrent
 * read cannot put the old snapshot back.
 */
@Component
class PetCache {

    private static final Logger log = LoggerFactory.getLogger(PetCache.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final RedisTemplate<String, byte[]> redis;
    private final SnapshotJson json;
    private final PetMetrics metrics;
    private final Duration ttl;
    private final AtomicReference<Instant> lastFailureLogged = new AtomicReference<>(Instant.EPOCH);

    PetCache(
            org.springframework.data.redis.connection.RedisConnectionFactory connections,
            SnapshotJson json,
            PetMetrics metrics,
            PetSettings settings) {
        var template = new RedisTemplate<String, byte[]>();
        template.setConnectionFactory(connections);
        template.setKeySerializer(RedisSerializer.string());
        template.setValueSerializer(RedisSerializer.byteArray());
        template.afterPropertiesSet();
        this.redis = template;
        this.json = json;
        this.metrics = metrics;
        this.ttl = settings.cacheTtl();
    }

    Optional<PetRecord> get(UUID petId) {
        try {
            byte[] cached = redis.opsForValue().get(key(petId));
            if (cached == null) {
                metrics.cacheMiss();
                return Optional.empty();
            }
            var pet = json.read(cached, PetRecord.class);
            metrics.cacheHit();
            return Optional.of(pet);
        } catch (RuntimeException e) {
            metrics.cacheError();
            failed("read", e);
            return Optional.empty();
        }
    }

    void put(PetRecord pet) {
        try {
            redis.opsForValue().set(key(pet.id()), json.writeBytes(pet), ttl);
        } catch (RuntimeException e) {
            failed("write", e);
        }
    }

    /** Drops the entry once the current transaction commits (at once when there is none). */
    void evictAfterCommit(UUID petId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(petId);
                }
            });
        } else {
            evict(petId);
        }
    }

    private void evict(UUID petId) {
        try {
            redis.delete(key(petId));
        } catch (RuntimeException e) {
            // The entry may now outlive the write by at most its TTL; say so loudly but once.
            failed("evict", e);
        }
    }

    private static String key(UUID petId) {
        return "pet:v1:" + petId;
    }

    private void failed(String operation, RuntimeException e) {
        var now = Instant.now();
        var last = lastFailureLogged.get();
        if (now.isAfter(last.plus(LOG_INTERVAL)) && lastFailureLogged.compareAndSet(last, now)) {
            log.warn(
                    "Redis pet cache {} failed, serving from PostgreSQL (logged once a minute): {}",
                    operation,
                    e.toString());
        }
    }
}
