package io.pytopus.devservices;

import java.nio.file.Path;

/** The engines this module can start, in start order (they stop in reverse order). */
public enum Engine {
    POSTGRES("PostgreSQL", "POSTGRES_URL", "postgres"),
    REDIS("Redis", "REDIS_URL", "redis"),
    AMQP("AMQP broker", "RABBITMQ_URL", "amqp"),
    OPENSEARCH("OpenSearch", "OPENSEARCH_URL", "opensearch"),
    SMTP("SMTP server", "SMTP_HOST", "smtp");

    private final String displayName;
    private final String externalUrlVariable;
    private final String key;

    Engine(String displayName, String externalUrlVariable, String key) {
        this.displayName = displayName;
        this.externalUrlVariable = externalUrlVariable;
        this.key = key;
    }

    /** The engine's name for people, such as {@code PostgreSQL}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The property or environment variable that names an external server of this kind; when it is
     * set the embedded engine is not started.
     */
    public String externalUrlVariable() {
        return externalUrlVariable;
    }

    /** The engine's short name in settings ({@code pytopus.dev-services.<key>.port}) and folders. */
    public String key() {
        return key;
    }

    DevService create(Path directory, boolean persistent, int port) {
        return switch (this) {
            case POSTGRES -> new PostgresEngine(directory, persistent, port);
            case REDIS -> new RedisEngine(directory, persistent, port);
            case AMQP -> new AmqpBrokerEngine(directory, port);
            case OPENSEARCH -> new OpenSearchEngine(directory, persistent, port);
            case SMTP -> new SmtpEngine(port);
        };
    }
}
