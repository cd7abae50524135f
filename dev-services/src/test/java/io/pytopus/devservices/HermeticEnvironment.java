package io.pytopus.devservices;

import org.springframework.core.env.StandardEnvironment;

/**
 * An environment without the process's environment variables. CI names its own services there
 * ({@code POSTGRES_URL}, ...), which would switch engines off under a test that means to start them.
 */
final class HermeticEnvironment {

    private HermeticEnvironment() {}

    static StandardEnvironment create() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return environment;
    }
}
