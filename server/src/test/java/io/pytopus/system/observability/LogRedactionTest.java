package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogRedactionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Key (email)=(ink@example.com) already exists | Key (email)=([email]) already exists",
                "amqp://pytopus:s3cret@rabbitmq:5672/ | amqp://pytopus:[redacted]@rabbitmq:5672/",
                "jdbc:postgresql://db/pytopus?user=app&password=hunter22 | jdbc:postgresql://db/pytopus?user=app&password=[redacted]",
                "Cookie: SESSION=ZjA1YzY2; XSRF-TOKEN=abc-123 | Cookie: SESSION=[redacted]; XSRF-TOKEN=[redacted]",
                "__Host-SESSION=ZjA1YzY2 | __Host-SESSION=[redacted]",
                "{\"password\":\"tentacles under the pier\"} | {\"password\":\"[redacted]\"}",
                "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig | Authorization: Bearer [redacted]",
                "token=abcdef0123 | token=[redacted]",
            })
    void secretsAreRedacted(String logged, String shipped) {
        assertThat(LogRedaction.redact(logged.strip())).isEqualTo(shipped.strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Created new connection: rabbitConnectionFactory#1a2b:0/SimpleConnection@3c4d [delegate=amqp://guest@127.0.0.1:5672/]",
                "POST /api/v1/pets/3f1c2d4e-0000-4000-8000-000000000000/actions 200 12ms",
                "Deleted account 3f1c2d4e-0000-4000-8000-000000000000 and its 2 session(s)",
                "HikariPool-1 - Start completed."
            })
    void ordinaryLinesAreLeftAlone(String logged) {
        assertThat(LogRedaction.redact(logged)).isEqualTo(logged);
    }
}
