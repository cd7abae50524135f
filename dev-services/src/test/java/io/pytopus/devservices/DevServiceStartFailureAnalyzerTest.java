package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class DevServiceStartFailureAnalyzerTest {

    @Test
    void aTakenPortIsDescribedWithTheSettingThatMovesIt() {
        FailureAnalysis analysis = new DevServiceStartFailureAnalyzer()
                .analyze(new DevServiceStartException("Redis", "port 16379 on 127.0.0.1 is already in use"));

        assertThat(analysis.getDescription())
                .isEqualTo("Redis could not start: port 16379 on 127.0.0.1 is already in use");
        assertThat(analysis.getAction())
                .contains("'pytopus.dev-services.redis.port'")
                .contains("REDIS_URL");
    }

    @Test
    void anApplicationWhoseEngineCannotStartFailsWithTheReport(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            SpringApplicationBuilder application = new SpringApplicationBuilder(EmptyApplication.class)
                    .environment(HermeticEnvironment.create())
                    .web(WebApplicationType.NONE)
                    .properties(
                            "pytopus.dev-services.enabled=true",
                            "pytopus.dev-services.postgres.port=" + port,
                            "REDIS_URL=redis://127.0.0.1:1",
                            "RABBITMQ_URL=amqp://127.0.0.1:1",
                            "OPENSEARCH_URL=http://127.0.0.1:1");

            assertThatThrownBy(application::run)
                    .isInstanceOf(DevServiceStartException.class)
                    .hasMessage("PostgreSQL could not start: port " + port + " on 127.0.0.1 is already in use");
            assertThat(output)
                    .contains("APPLICATION FAILED TO START")
                    .contains("PostgreSQL could not start: port " + port + " on 127.0.0.1 is already in use")
                    .contains("'pytopus.dev-services.postgres.port'");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class EmptyApplication {}
}
