package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The logging configuration of {@code logback-spring.xml}, loaded into a logger context of its own:
 * the access log goes through a queue to a background writer, loses no line, keeps the request's
 * MDC and is all on stdout once logging stops (what Boot does on shutdown), in both formats.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogConfigurationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stopLogging() {
        context.stop();
    }

    @Test
    void accessLinesGoThroughAQueueThatNeverDropsAndEverythingElseStaysSynchronous() throws Exception {
        configure(null);

        var access = context.getLogger("io.pytopus.access");
        assertThat(access.isAdditive()).isFalse();
        assertThat(access.getAppender("ACCESS")).isInstanceOfSatisfying(AsyncAppender.class, queue -> {
            assertThat(queue.getDiscardingThreshold()).isZero();
            assertThat(queue.isNeverBlock()).isFalse();
            assertThat(queue.getAppender("ACCESS_CONSOLE")).isInstanceOf(ConsoleAppender.class);
        });
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE"))
                .isInstanceOf(ConsoleAppender.class);
    }

    @Test
    void everyAccessLineIsOnStdoutOnceLoggingStops(CapturedOutput output) throws Exception {
        configure(null);
        var access = context.getLogger("io.pytopus.access");
        int threads = 8;
        int perThread = 2_500; // together far more than the queue holds: writers wait, nothing is dropped

        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        access.info("GET /api/v1/ping 200 0ms line-{}-{}", thread, i);
                    }
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
        context.stop();

        assertThat(output.getOut().lines().filter(line -> line.contains("io.pytopus.access") && line.contains("line-")))
                .hasSize(threads * perThread);
    }

    @Test
    void inProductionEachLineIsGelfWithTheMdcOfTheRequestThatLoggedIt(CapturedOutput output) throws Exception {
        configure("gelf");
        var access = context.getLogger("io.pytopus.access");

        MDC.put("request_id", "req-42");
        try {
            access.info("POST /api/v1/auth/login 401 3ms for ink@example.com");
        } finally {
            MDC.remove("request_id"); // before the background writer formats the line
        }
        context.stop();

        var line = output.getOut()
                .lines()
                .filter(l -> l.contains("/api/v1/auth/login"))
                .findFirst()
                .orElseThrow();
        JsonNode gelf = JSON.readTree(line);
        assertThat(gelf.path("version").asString()).isEqualTo("1.1");
        assertThat(gelf.path("host").asString()).isEqualTo("access-log-test");
        assertThat(gelf.path("_log_logger").asString()).isEqualTo("io.pytopus.access");
        assertThat(gelf.path("_request_id").asString()).isEqualTo("req-42");
        assertThat(gelf.path("short_message").asString()).isEqualTo("POST /api/v1/auth/login 401 3ms for [email]");
    }

    /** As Boot does: the format (if any) as a context property, the Spring environment as an object. */
    private void configure(String structuredFormat) throws Exception {
        context.setMDCAdapter(MDC.getMDCAdapter());
        if (structuredFormat != null) {
            context.putProperty("CONSOLE_LOG_STRUCTURED_FORMAT", structuredFormat);
        }
        context.putObject(
                Environment.class.getName(),
                new MockEnvironment()
                        .withProperty("logging.structured.gelf.host", "access-log-test")
                        .withProperty("logging.structured.json.customizer", LogRedaction.class.getName()));
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        context.start();
    }
}
