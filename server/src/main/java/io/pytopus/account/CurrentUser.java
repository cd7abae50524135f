package io.pytopus.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * Injects the signed-in {@link PytopusUser} into a controller method:
 *
 * <pre>{@code
 * @GetMapping("/api/v1/pets")
 * List<PetView> pets(@CurrentUser PytopusUser user) { ... }
 * }</pre>
 *
 * <p>Every endpoint under {@code /api} requires a session unless declared public, so the user is
 * never {@code null} there; on a public endpoint it is {@code null} for a visitor.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AuthenticationPrincipal
public @interface CurrentUser {}
