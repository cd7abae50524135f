package io.pytopus.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailPropertiesTest {

    private final MailProperties.Retry retry =
            new MailProperties.Retry(Duration.ofSeconds(15), 50, Duration.ofMinutes(1), 2, Duration.ofHours(1));

    @Test
    void theBackoffDoublesAfterEachFailureUpToItsCeiling() {
        assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(retry.backoffAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.backoffAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }
}
