package io.pytopus.processes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that starts its own Pytopus instances and must be alone with them: it runs in the
 * failsafe execution {@value #TAG}, in a JVM where no other test application lives.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(OwnProcesses.TAG)
public @interface OwnProcesses {

    /** The JUnit tag, and the name of the failsafe execution that runs these tests. */
    String TAG = "processes";
}
