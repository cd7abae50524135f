package io.pytopus.pet.care;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stored pets in Redis, written through by every write and filled by reads that missed (ADR 0028).
 * Redis is only a cache (DESIGN §3): any failure here is logged at most once a minute and the caller
 * falls back to PostgreSQL, so a Redis outage costs latency, never an error.
 *
 * <p>An entry never goes back in time: it carries the row's version, and a write replaces it only
 * with a newer one (a small script, atomic in Redis). So a reader that loaded an old row before a
 * writer committed cannot put it back over the writer's, and two writers of one pet may put theirs
 * in either order. Writes still check the version in PostgreSQL, so a care action may start from the
 * cached pet: a stale entry only costs a retry from PostgreSQL.
 *
 * <p>Each instance also keeps the pets it read or wrote, parsed, in a bounded in-process map. A read
 * uses its copy only when Redis's entry still has the same version, which it asks for with a few
 * bytes ({@code GETRANGE}) instead of the whole snapshot, so a read stays exact after a write on any
 * instance and skips the parse. A care action starts from the copy without asking at all: its write
 * checks the version in PostgreSQL, so a copy that lags another instance's write costs one retry.
 */
@Component
class PetCache {

    private static final Logger log = LoggerFactory.getLogger(PetCache.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);
    private static final byte SEPARATOR = '|';
    /** Bytes of an entry read to learn its version: a long's 19 digits and the separator. */
    private static final int VERSION_PREFIX = 20;

    /** KEYS[1] the entry; ARGV: the version, the entry ("version|json"), its lifetime in ms. */
    private static final RedisScript<Long> PUT_IF_NEWER = RedisScript.of("""
            local current = redis.call('GET', KEYS[1])
            if current then
              local version = tonumber(string.match(current, '^(%d+)|'))
              if version and version >= tonumber(ARGV[1]) then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
            """, Long.class);

    private final RedisTemplate<String, byte[]> redis;
    private final SnapshotJson json;
    private final PetMetrics metrics;
    private final byte[] ttlMillis;
    private final AtomicReference<Instant> lastFailureLogged = new AtomicReference<>(Instant.EPOCH);
    private final Cache<UUID, PetRecord> local;

    PetCache(RedisConnectionFactory connections, SnapshotJson json, PetMetrics metrics, PetSettings settings) {
        var template = new RedisTemplate<String, byte[]>();
        template.setConnectionFactory(connections);
        template.setKeySerializer(RedisSerializer.string());
        template.setValueSerializer(RedisSerializer.byteArray());
        template.afterPropertiesSet();
        this.redis = template;
        this.json = json;
        this.metrics = metrics;
        this.ttlMillis = ascii(settings.cacheTtl().toMillis());
        this.local = Caffeine.newBuilder()
                .maximumSize(settings.localCacheSize())
                .expireAfterAccess(settings.cacheTtl())
                .build();
    }

    /** The pet as Redis has it now: exact after any committed write on any instance. */
    Optional<PetRecord> get(UUID petId) {
        var key = key(petId);
        try {
            var copy = local.getIfPresent(petId);
            if (copy != null) {
                long current = version(redis.opsForValue().get(key, 0, VERSION_PREFIX - 1));
                if (current == copy.version()) {
                    metrics.cacheHit();
                    return Optional.of(copy);
                }
                if (current < 0) {
                    // Not in Redis (expired, or flushed): the caller reads PostgreSQL and puts it back.
                    local.invalidate(petId);
                    metrics.cacheMiss();
                    return Optional.empty();
                }
            }
            byte[] cached = redis.opsForValue().get(key);
            int separator = cached == null ? -1 : indexOf(cached, SEPARATOR);
            if (separator < 0) {
                metrics.cacheMiss();
                return Optional.empty();
            }
            var pet = json.read(Arrays.copyOfRange(cached, separator + 1, cached.length), PetRecord.class);
            keepLocally(pet);
            metrics.cacheHit();
            return Optional.of(pet);
        } catch (RuntimeException e) {
            metrics.cacheError();
            failed("read", e);
            return Optional.empty();
        }
    }

    /**
     * The pet as this instance last saw it, else as {@link #get} finds it: for a write, which checks
     * the version in PostgreSQL and so may start from a copy that another instance has overtaken.
     */
    Optional<PetRecord> getForWrite(UUID petId) {
        var copy = local.getIfPresent(petId);
        if (copy != null) {
            metrics.cacheHit();
            return Optional.of(copy);
        }
        return get(petId);
    }

    /** Stores the pet unless the entry already holds this version or a newer one. */
    void put(PetRecord pet) {
        keepLocally(pet);
        try {
            byte[] body = json.writeBytes(pet);
            byte[] version = ascii(pet.version());
            byte[] entry = new byte[version.length + 1 + body.length];
            System.arraycopy(version, 0, entry, 0, version.length);
            entry[version.length] = SEPARATOR;
            System.arraycopy(body, 0, entry, version.length + 1, body.length);
            redis.execute(PUT_IF_NEWER, List.of(key(pet.id())), version, entry, ttlMillis);
        } catch (RuntimeException e) {
            // The entry may now lag the write by at most its TTL, or until the next write; once, loudly.
            failed("write", e);
        }
    }

    /** {@link #put} once the current transaction commits (at once when there is none). */
    void putAfterCommit(PetRecord pet) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put(pet);
                }
            });
        } else {
            put(pet);
        }
    }

    /** Never replaces a copy with an older version (a slow reader's, say). */
    private void keepLocally(PetRecord pet) {
        local.asMap().merge(pet.id(), pet, (kept, offered) -> offered.version() >= kept.version() ? offered : kept);
    }

    /** The version at the start of an entry ("version|…"), or -1 when there is no entry. */
    private static long version(String head) {
        int separator = head == null ? -1 : head.indexOf((char) SEPARATOR);
        if (separator <= 0) {
            return -1;
        }
        try {
            return Long.parseLong(head, 0, separator, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String key(UUID petId) {
        return "pet:v2:" + petId;
    }

    private static byte[] ascii(long number) {
        return Long.toString(number).getBytes(StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
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
