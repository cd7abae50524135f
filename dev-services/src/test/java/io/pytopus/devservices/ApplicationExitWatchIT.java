package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM whose main method returns exits, although the broker's threads are no daemons. */
class ApplicationExitWatchIT {

    @TempDir
    Path directory;

    @Test
    void aJvmWithTheBrokerExitsWhenItsMainMethodReturns() throws Exception {
        Process application = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EndingApplication.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("application.log").toFile())
                .start();
        try {
            boolean exited = application.waitFor(60, TimeUnit.SECONDS);

            assertThat(exited).as("the JVM exited").isTrue();
            assertThat(application.exitValue()).isZero();
            assertThat(directory.resolve("application.log")).content().contains("AMQP broker is up");
        } finally {
            application.destroyForcibly();
        }
    }

    /** Starts the broker and returns from main without stopping it, as a command-line tool might. */
    static final class EndingApplication {

        public static void main(String[] args) {
            DevServices.create(DevServicesSettings.ephemeral(), EnumSet.of(Engine.AMQP))
                    .registerShutdownHook()
                    .start();
        }
    }
}
