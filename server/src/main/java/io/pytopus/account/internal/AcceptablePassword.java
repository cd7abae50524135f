package io.pytopus.account.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A new password that satisfies the {@link PasswordPolicy}; {@code null} is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@interface AcceptablePassword {

    String message() default "is not an acceptable password";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's constraint validator factory, hence the injected policy. */
    class Validator implements ConstraintValidator<AcceptablePassword, String> {

        private final PasswordPolicy policy;

        Validator(PasswordPolicy policy) {
            this.policy = policy;
        }

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (password == null) {
                return true;
            }
            var violation = policy.violation(password);
            violation.ifPresent(message -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                                message.replace("{", "\\{").replace("$", "\\$"))
                        .addConstraintViolation();
            });
            return violation.isEmpty();
        }
    }
}
