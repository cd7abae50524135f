package io.pytopus;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Counts the application's PostgreSQL round trips, per thread: every statement executed (one round
 * trip each: pgjdbc sends a transaction's BEGIN with its first statement) and every commit or
 * rollback of a transaction. A request runs on a virtual thread of its own, so one thread's count is
 * one request's. Import {@link Configuration} into a test's context to wrap its data source.
 */
public final class RoundTrips {

    private static final Set<String> EXECUTE = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final Map<Long, List<String>> byThread = new ConcurrentHashMap<>();

    /** What each thread sent, in order: the SQL of each statement, or COMMIT / ROLLBACK. */
    public Map<Long, List<String>> byThread() {
        return byThread;
    }

    public void clear() {
        byThread.clear();
    }

    private void record(String what) {
        byThread.computeIfAbsent(Thread.currentThread().threadId(), id -> new CopyOnWriteArrayList<>())
                .add(what);
    }

    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    var result = invoke(target, method, args);
                    return result instanceof Connection connection ? connection(connection) : result;
                });
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "commit" -> record("COMMIT");
                        case "rollback" -> record("ROLLBACK");
                        default -> {}
                    }
                    var result = invoke(target, method, args);
                    if (result instanceof Statement statement) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                        return statement(statement, method.getReturnType(), sql);
                    }
                    return result;
                });
    }

    private Object statement(Statement target, Class<?> type, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTE.contains(method.getName())) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Wraps the application's data source (after the lazy-connection proxy is in place). */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        RoundTrips roundTrips() {
            return new RoundTrips();
        }

        /** Whichever of the two runs first, the result is counting, then lazy connections, then the pool. */
        @Bean
        static BeanPostProcessor countRoundTrips(ObjectProvider<RoundTrips> trips) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return switch (bean) {
                        case LazyConnectionDataSourceProxy lazy ->
                            trips.getObject().wrap(lazy);
                        case HikariDataSource pool -> trips.getObject().wrap(new LazyConnectionDataSourceProxy(pool));
                        default -> bean;
                    };
                }
            };
        }
    }
}
