package io.pytopus.system;

import java.util.Arrays;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code pytopus.roles} lists {@code worker}; see {@link WorkerRole}. */
class WorkerRoleCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String roles = context.getEnvironment().getProperty("pytopus.roles", "api,worker");
        return Arrays.stream(roles.split(",")).map(String::strip).anyMatch("worker"::equalsIgnoreCase);
    }
}
