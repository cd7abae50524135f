package io.pytopus.devservices;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded engines an application needs and points it at them, before any bean exists.
 *
 * <p>Does nothing unless {@code pytopus.dev-services.enabled=true}. Then, for each engine whose
 * external address is not given (as a property or an environment variable: {@code POSTGRES_URL},
 * {@code REDIS_URL}, {@code RABBITMQ_URL}, {@code OPENSEARCH_URL}, {@code SMTP_HOST}), it starts the
 * embedded engine (once per JVM) and adds the property source {@value #PROPERTY_SOURCE_NAME}, first in
 * precedence, with {@code spring.datasource.url|username|password}, {@code spring.data.redis.url},
 * {@code spring.rabbitmq.addresses}, {@code pytopus.opensearch.url} and {@code
 * spring.mail.host|port}.
 *
 * <p>Settings: {@code pytopus.dev-services.data-dir} keeps data there (one sub-folder per engine)
 * instead of a temporary folder; {@code pytopus.dev-services.<postgres|redis|amqp|opensearch|smtp>.port}
 * fixes a port (0 or unset picks a free one). Engines stop when the JVM exits, after the
 * application contexts have closed.
 */
public class DevServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "pytopus-dev-services";

    /** Defaults that the application's own configuration overrides: last in precedence. */
    static final String DEFAULTS_PROPERTY_SOURCE_NAME = "pytopus-dev-services-defaults";

    /**
     * The broker logs every connection, channel and queue at INFO (its "operational log"), and zonky
     * every postmaster start: noise in an application's log, unless someone asks for it.
     */
    private static final Map<String, Object> LOGGING_DEFAULTS = Map.of(
            "logging.level.qpid.message", "warn",
            "logging.level.org.apache.qpid", "warn",
            "logging.level.io.zonky.test", "warn");

    static final String PREFIX = "pytopus.dev-services.";
    static final String ENABLED = PREFIX + "enabled";
    static final String DATA_DIR = PREFIX + "data-dir";

    private final Log log;

    public DevServicesEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DevServicesEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        Set<Engine> engines = EnumSet.noneOf(Engine.class);
        for (Engine engine : Engine.values()) {
            if (StringUtils.hasText(environment.getProperty(engine.externalUrlVariable()))) {
                log.info(engine.displayName() + ": using the server at " + engine.externalUrlVariable());
            } else {
                engines.add(engine);
            }
        }
        if (engines.isEmpty()) {
            return;
        }
        Map<String, String> properties =
                SharedDevServices.ensureStarted(settings(environment), engines, line -> log.info(line));
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(PROPERTY_SOURCE_NAME);
        sources.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, new LinkedHashMap<>(properties)));
        if (!sources.contains(DEFAULTS_PROPERTY_SOURCE_NAME)) {
            sources.addLast(new MapPropertySource(DEFAULTS_PROPERTY_SOURCE_NAME, LOGGING_DEFAULTS));
        }
    }

    static DevServicesSettings settings(ConfigurableEnvironment environment) {
        String dataDir = environment.getProperty(DATA_DIR);
        DevServicesSettings settings =
                DevServicesSettings.ephemeral().withDataDir(StringUtils.hasText(dataDir) ? Path.of(dataDir) : null);
        for (Engine engine : Engine.values()) {
            int port = environment.getProperty(PREFIX + engine.key() + ".port", Integer.class, 0);
            settings = settings.withPort(engine, port);
        }
        return settings;
    }

    /** Last, so that every configuration file and profile has been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
