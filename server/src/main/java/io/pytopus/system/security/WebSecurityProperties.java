package io.pytopus.system.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Response headers that tell the browser how to protect the app.
 *
 * @param contentSecurityPolicy what the page may load: only our own scripts (the Vite build has no
 *     inline script), inline styles for the SVG octopus, never framed
 * @param referrerPolicy what a link to another site reveals: nothing (pet names are in our URLs)
 * @param permissionsPolicy browser features the app never uses, switched off
 * @param hsts whether to send Strict-Transport-Security (production, behind TLS)
 * @param hstsMaxAge how long browsers remember to use HTTPS only
 */
@ConfigurationProperties("pytopus.security")
record WebSecurityProperties(
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy,

        @DefaultValue("same-origin") String referrerPolicy,

        @DefaultValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
        String permissionsPolicy,

        @DefaultValue("false") boolean hsts,
        @DefaultValue("365d") Duration hstsMaxAge) {}
