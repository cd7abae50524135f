package io.pytopus.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Creates a bean only in processes that play {@code value} among the roles of {@code pytopus.roles}
 * (DESIGN §3: {@code api}, {@code worker}; default both), so one image runs as an API, a worker or
 * both:
 *
 * <pre>{@code
 * @Component
 * @ConditionalOnRole("worker")
 * class AttentionScheduler { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnRole.RoleCondition.class)
public @interface ConditionalOnRole {

    /** The role, such as {@code worker}. */
    String value();

    /** The roles a process plays when {@code pytopus.roles} is not set. */
    List<String> DEFAULT_ROLES = List.of("api", "worker");

    class RoleCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var attributes = metadata.getAnnotationAttributes(ConditionalOnRole.class.getName());
            if (attributes == null) {
                return false;
            }
            String role = normalised((String) attributes.get("value"));
            return Binder.get(context.getEnvironment())
                    .bind("pytopus.roles", Bindable.listOf(String.class))
                    .orElse(DEFAULT_ROLES)
                    .stream()
                    .map(RoleCondition::normalised)
                    .anyMatch(role::equals);
        }

        private static String normalised(String role) {
            return role.strip().toLowerCase(Locale.ROOT);
        }
    }
}
