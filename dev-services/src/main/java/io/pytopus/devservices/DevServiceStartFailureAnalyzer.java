package io.pytopus.devservices;

import java.util.Arrays;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link DevServiceStartException} into Spring Boot's "APPLICATION FAILED TO START" report:
 * what failed, and what to do about it.
 */
public class DevServiceStartFailureAnalyzer extends AbstractFailureAnalyzer<DevServiceStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DevServiceStartException cause) {
        return new FailureAnalysis(cause.getMessage(), action(cause), cause);
    }

    private static String action(DevServiceStartException cause) {
        Engine engine = Arrays.stream(Engine.values())
                .filter(candidate -> candidate.displayName().equals(cause.engine()))
                .findFirst()
                .orElse(null);
        if (engine == null) {
            return "Check the dev services settings under '" + DevServicesEnvironmentPostProcessor.PREFIX + "*'.";
        }
        String external = "or use a running server by setting " + engine.externalUrlVariable() + ".";
        if (cause.reason().contains("already in use")) {
            return "Stop the program that uses the port (perhaps an earlier run of this application), choose another"
                    + " port with '" + DevServicesEnvironmentPostProcessor.PREFIX + engine.key() + ".port', "
                    + external;
        }
        return "Read the reason above (the engine's log is in the '" + engine.key()
                + "' folder of the dev services data folder), " + external;
    }
}
