package io.pytopus.account.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Set;

/**
 * An IANA time zone id known to this JVM, such as {@code Europe/Paris} or {@code UTC}; not an
 * offset like {@code +02:00}, which would ignore daylight saving. {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IanaTimeZone.Validator.class)
@interface IanaTimeZone {

    String message() default "must be an IANA time zone such as Europe/Paris";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IanaTimeZone, String> {

        private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

        @Override
        public boolean isValid(String zone, ConstraintValidatorContext context) {
            return zone == null || ZONES.contains(zone);
        }
    }
}
