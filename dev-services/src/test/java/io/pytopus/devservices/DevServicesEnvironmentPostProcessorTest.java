package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class DevServicesEnvironmentPostProcessorTest {

    private final DevServicesEnvironmentPostProcessor postProcessor =
            new DevServicesEnvironmentPostProcessor(new DeferredLogs());

    @Test
    void doesNothingUnlessEnabled() {
        MockEnvironment environment = new MockEnvironment();

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(DevServicesEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
        assertThat(SharedDevServices.runningEngines()).isEmpty();
    }

    @Test
    void startsNothingWhenEveryServerIsExternal() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("pytopus.dev-services.enabled", "true")
                .withProperty("POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/pytopus")
                .withProperty("REDIS_URL", "redis://127.0.0.1:6379")
                .withProperty("RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672")
                .withProperty("OPENSEARCH_URL", "http://127.0.0.1:9200")
                .withProperty("SMTP_HOST", "127.0.0.1");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(DevServicesEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
        assertThat(SharedDevServices.runningEngines()).isEmpty();
    }

    @Test
    void readsTheDataFolderAndThePorts() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("pytopus.dev-services.data-dir", "target/dev-data")
                .withProperty("pytopus.dev-services.postgres.port", "15432")
                .withProperty("pytopus.dev-services.redis.port", "16379")
                .withProperty("pytopus.dev-services.amqp.port", "15672")
                .withProperty("pytopus.dev-services.opensearch.port", "19200")
                .withProperty("pytopus.dev-services.smtp.port", "10025");

        DevServicesSettings settings = DevServicesEnvironmentPostProcessor.settings(environment);

        assertThat(settings.dataDir()).isEqualTo(Path.of("target/dev-data"));
        assertThat(settings.port(Engine.POSTGRES)).isEqualTo(15432);
        assertThat(settings.port(Engine.REDIS)).isEqualTo(16379);
        assertThat(settings.port(Engine.AMQP)).isEqualTo(15672);
        assertThat(settings.port(Engine.OPENSEARCH)).isEqualTo(19200);
        assertThat(settings.port(Engine.SMTP)).isEqualTo(10025);
    }

    @Test
    void withoutSettingsDataIsTemporaryAndPortsAreFree() {
        DevServicesSettings settings = DevServicesEnvironmentPostProcessor.settings(new MockEnvironment());

        assertThat(settings.dataDir()).isNull();
        for (Engine engine : Engine.values()) {
            assertThat(settings.port(engine)).isZero();
        }
    }
}
