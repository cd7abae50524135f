package io.pytopus.notification;

import org.springframework.context.ApplicationContext;

/** Runs the attention scheduler now, for integration tests of other packages. */
public final class AttentionRuns {

    private AttentionRuns() {}

    /** One run of the context's scheduler; how many pets it claimed. */
    public static int runNow(ApplicationContext context) {
        return context.getBean(AttentionScheduler.class).run();
    }
}
