package io.pytopus.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Wraps the connection pool so a transaction takes a PostgreSQL connection at its first statement,
 * not when it begins.
 *
 * <p>Why: the outbox relay runs as an asynchronous {@code @ApplicationModuleListener}, which begins a
 * transaction of its own, then waits for RabbitMQ's publisher confirm without touching the database.
 * With eager connections every relay in flight held a pool connection for the whole confirm wait, so
 * under write load the relays starved the requests of connections (the load test saw care actions
 * fail with "Could not open JDBC Connection"). Lazily, a relay holds none. Boot's pool metrics and
 * health unwrap the proxy and still see Hikari.
 */
final class LazyConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource pool ? new LazyConnectionDataSourceProxy(pool) : bean;
    }
}
