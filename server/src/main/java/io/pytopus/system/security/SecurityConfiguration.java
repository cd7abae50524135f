package io.pytopus.system.security;

import io.pytopus.system.PublicEndpoints;
import io.pytopus.system.observability.UserIdFilter;
import io.pytopus.system.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * How every request is secured (ADR 0009).
 *
 * <ul>
 *   <li>Sessions are server-side, kept by the account module, which owns them (ADR 0025): it
 *       provides the {@link SecurityContextRepository} that resolves the session cookie, and the
 *       cookie's attributes ({@code pytopus.sessions.cookie.*}). This configuration plugs it into
 *       the filter chain and never creates an {@code HttpSession}. At sign-in the account module
 *       starts a session under a new token (fixation protection) and calls the {@link
 *       SessionAuthenticationStrategy} here, which gives the browser a new CSRF token.
 *   <li>CSRF in Spring Security's SPA mode: the {@code XSRF-TOKEN} cookie, readable by the app,
 *       echoed in the {@code X-XSRF-TOKEN} header on every unsafe request, except on the public
 *       endpoints declared {@linkplain PublicEndpoints.Endpoint#csrfExempt exempt} (one-click
 *       unsubscribe links, which mail clients post).
 *   <li>Under {@code /api} everything needs a session except the {@link PublicEndpoints} modules
 *       declare; the OpenAPI document, the web app and its status summary ({@code /health}) are
 *       public. Health, info and metrics are open on the management port (ADR 0018), which only
 *       Prometheus and the kubelet reach; the rest of the actuator is closed there too.
 *   <li>The signed-in user's id goes into the log context ({@link UserIdFilter}).
 *   <li>Failures are problem documents: 401 {@code UNAUTHENTICATED}, 403 {@code CSRF_TOKEN_INVALID}
 *       or {@code FORBIDDEN}; never a login page or a redirect.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<PublicEndpoints> publicEndpoints,
            CsrfTokenRepository csrfTokenRepository,
            SecurityContextRepository securityContextRepository,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping,
            WebSecurityProperties properties,
            ProblemResponses problems) {
        var csrfExempt = publicEndpoints.stream()
                .flatMap(endpoints -> endpoints.endpoints().stream())
                .filter(PublicEndpoints.Endpoint::csrfExempt)
                .map(endpoint -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(endpoint.method(), endpoint.pattern()))
                .toList();
        http.csrf(csrf -> {
                    csrf.spa().csrfTokenRepository(csrfTokenRepository);
                    if (!csrfExempt.isEmpty()) {
                        csrf.ignoringRequestMatchers(csrfExempt.toArray(RequestMatcher[]::new));
                    }
                })
                // The account module's sessions, never an HttpSession (SessionsIT checks that nothing
                // creates one). No session management of Spring's: a session starts only at sign-in,
                // and setting a creation policy, even STATELESS, would add a filter that looks the
                // session up a second time on every request.
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                // Signing out is POST /api/v1/auth/logout; Spring's form-login /logout is not ours.
                .logout(logout -> logout.disable())
                // A 401 is answered, not remembered: the SPA knows where it was.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .addFilterAfter(new UserIdFilter(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                                .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .headers(headers -> {
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
                            .referrerPolicy(referrer -> referrer.policy(
                                    ReferrerPolicyHeaderWriter.ReferrerPolicy.get(properties.referrerPolicy())))
                            .frameOptions(frame -> frame.deny())
                            .addHeaderWriter(
                                    new StaticHeadersWriter("Permissions-Policy", properties.permissionsPolicy()));
                    if (properties.hsts()) {
                        headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(
                                        properties.hstsMaxAge().toSeconds())
                                .includeSubDomains(true));
                    } else {
                        headers.httpStrictTransportSecurity(hsts -> hsts.disable());
                    }
                })
                .authorizeHttpRequests(requests -> {
                    // Forwards to index.html, the container's error page and the dispatch that ends an
                    // asynchronous response (a live stream) carry no new access decision: the request
                    // was authorised when it came in, even if the session has ended since.
                    requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC)
                            .permitAll();
                    publicEndpoints.stream()
                            .flatMap(endpoints -> endpoints.endpoints().stream())
                            .forEach(endpoint -> permit(requests, endpoint));
                    // A session, or a path no controller maps (404 with or without one). The session
                    // is asked first: the mapped paths are only searched for a caller without one.
                    requests.requestMatchers("/api", "/api/**").access(signedInOr(new UnknownApiPath(handlerMapping)));
                    requests.requestMatchers(
                                    "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                            .permitAll();
                    requests.requestMatchers("/actuator", "/actuator/**").denyAll();
                    // The web app, its client-side routes, static files and the OpenAPI document.
                    requests.anyRequest().permitAll();
                });
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> signedInOr(RequestMatcher unknownPath) {
        var signedIn = AuthenticatedAuthorizationManager.<RequestAuthorizationContext>authenticated();
        return (authentication, context) -> {
            var decision = signedIn.authorize(authentication, context);
            if (decision != null && decision.isGranted()) {
                return decision;
            }
            return new AuthorizationDecision(unknownPath.matches(context.getRequest()));
        };
    }

    private static void permit(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            PublicEndpoints.Endpoint endpoint) {
        if (endpoint.method() == null) {
            requests.requestMatchers(endpoint.pattern()).permitAll();
        } else {
            requests.requestMatchers(endpoint.method(), endpoint.pattern()).permitAll();
        }
    }

    /** The SPA-mode token repository: a cookie the app can read, path {@code /}, SameSite=Lax. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        var repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /**
     * What else happens at sign-in, besides the new session the account module starts: a new CSRF
     * token. Unlike Spring's CsrfAuthenticationStrategy, which only deletes the old token, the new
     * one is handed out in the same response: the app's next request after signing in is often a
     * POST.
     */
    @Bean
    SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokenRepository) {
        return (authentication, request, response) ->
                csrfTokenRepository.saveToken(csrfTokenRepository.generateToken(request), request, response);
    }
}
