package io.pytopus;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more Pytopus instance, as a separate deployment would be: its own application context, web
 * server on a free port, database pool, broker connection, listeners and scheduled jobs, on the same
 * engines as every other instance in this JVM (the embedded ones, or those the environment names).
 * Start one with the properties that make it differ, such as {@code pytopus.roles=worker}.
 */
public final class PytopusProcess implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PytopusProcess(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts an instance. The properties ({@code name=value}) are given as command-line arguments,
     * so they win over {@code application.yaml}; {@code RABBITMQ_URL=…} and the like point this
     * instance alone at another address.
     */
    public static PytopusProcess start(String... properties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--pytopus.dev-services.enabled=true",
                "--server.port=0",
                // Its own management port too: a fixed one would clash with the next instance.
                "--management.server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.main.banner-mode=off",
                // Closed by the test; a JVM shutdown hook per instance would only race the engines'.
                "--spring.main.register-shutdown-hook=false"));
        for (var property : properties) {
            arguments.add("--" + property);
        }
        return new PytopusProcess(
                new SpringApplicationBuilder(PytopusApplication.class).run(arguments.toArray(String[]::new)));
    }

    /** Where its web server listens, such as {@code http://127.0.0.1:41234}. */
    public String rootUri() {
        return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    /** A new browser talking to this instance. */
    public Browser browser() {
        return new Browser(rootUri());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String property(String name) {
        return context.getEnvironment().getRequiredProperty(name);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Stops it, as a SIGTERM would: gracefully. Idempotent. */
    @Override
    public void close() {
        context.close();
    }
}
