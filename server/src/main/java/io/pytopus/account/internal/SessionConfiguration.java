package io.pytopus.account.internal;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.context.SecurityContextRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in sessions (ADR 0025): the store in PostgreSQL, this instance's cache of validated sessions,
 * the revocation broadcast that keeps every instance's cache honest, and the {@link
 * SecurityContextRepository} through which Spring Security finds the signed-in user. Every role
 * runs all of it: any instance may be asked to resolve a session cookie.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    SessionCache sessionCache(SessionProperties properties) {
        var cache = properties.cache();
        return new SessionCache(cache.timeToLive(), cache.maxSize(), Ticker.systemTicker());
    }

    @Bean
    SessionRevocations sessionRevocations(
            ConnectionFactory connections,
            AmqpAdmin admin,
            RabbitTemplate rabbit,
            SessionCache cache,
            JsonMapper json) {
        return new SessionRevocations(connections, admin, rabbit, cache, json);
    }

    /** The revocation exchange, this instance's queue and its binding. */
    @Bean
    Declarables sessionRevocationQueue(SessionRevocations revocations) {
        return revocations.declarables();
    }

    @Bean
    Sessions sessions(
            SessionRepository repository,
            SessionCache cache,
            SessionRevocations revocations,
            SessionProperties properties,
            MeterRegistry meters) {
        // The wall clock, not the application's Clock bean: tests move that one forward by days to
        // age octopuses, which must not end anybody's session.
        return new Sessions(repository, cache, revocations, properties, Clock.systemUTC(), new SecureRandom(), meters);
    }

    @Bean
    SessionCookie sessionCookie(SessionProperties properties) {
        return new SessionCookie(properties.cookie());
    }

    @Bean
    SecurityContextRepository securityContextRepository(Sessions sessions, SessionCookie cookie) {
        return new SessionContextRepository(sessions, cookie);
    }
}
