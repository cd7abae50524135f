package io.pytopus.account.internal;

import io.pytopus.system.PublicEndpoints;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Password hashing and policy, and the endpoints that work without a session. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** Signing in, registering, signing out and fetching a CSRF token need no session. */
    @Bean
    PublicEndpoints authEndpoints() {
        return PublicEndpoints.of(
                PublicEndpoints.get(AuthController.BASE + "/csrf"),
                PublicEndpoints.post(AuthController.BASE + "/register"),
                PublicEndpoints.post(AuthController.BASE + "/login"),
                PublicEndpoints.post(AuthController.BASE + "/logout"));
    }

    /**
     * In the OpenAPI document, {@code quietHours} of a settings patch is a {@code QuietHours} or
     * {@code null} (which switches them off); springdoc alone cannot say "a reference or null".
     */
    @Bean
    OpenApiCustomizer quietHoursMayBeNull() {
        return openApi -> {
            var patch = openApi.getComponents().getSchemas().get("SettingsPatch");
            if (patch != null && patch.getProperties() != null) {
                patch.getProperties()
                        .put(
                                "quietHours",
                                new Schema<>()
                                        .oneOf(List.of(
                                                new Schema<>().$ref("#/components/schemas/QuietHours"),
                                                new Schema<>().types(Set.of("null"))))
                                        .description("Quiet hours to set, or null to switch them off."));
            }
        };
    }

    @Bean
    PasswordHasher passwordHasher(AccountProperties properties) {
        var password = properties.password();
        var argon2 = password.argon2();
        var encoder = new Argon2PasswordEncoder(
                argon2.saltLength(),
                argon2.hashLength(),
                argon2.parallelism(),
                argon2.memoryKib(),
                argon2.iterations());
        return new PasswordHasher(encoder, password.maxConcurrentHashes(), password.hashQueueTimeout());
    }

    @Bean
    PasswordPolicy passwordPolicy(AccountProperties properties) {
        var password = properties.password();
        return new PasswordPolicy(
                password.minLength(), password.maxLength(), CommonPasswords.load(password.commonPasswords()));
    }
}
