package io.pytopus.account.internal;

import io.pytopus.system.ProblemException;
import io.pytopus.system.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registering, signing in and out. Every answer that signs in carries the new session cookie. */
@RestController
@RequestMapping(AuthController.BASE)
@Tag(name = "Authentication", description = "Sessions: register, sign in, sign out.")
class AuthController {

    static final String BASE = "/api/v1/auth";

    private final AccountManagement accounts;
    private final SessionSignIn sessions;
    private final RateLimiter rateLimiter;
    private final AuthRateLimits limits;

    AuthController(AccountManagement accounts, SessionSignIn sessions, RateLimiter rateLimiter, AuthRateLimits limits) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @GetMapping("/csrf")
    @Operation(
            summary = "Set the XSRF-TOKEN cookie",
            description = "Any response sets the cookie when the browser has none; this is the cheapest way"
                    + " to get it before the first POST.")
    @ApiResponse(responseCode = "204", description = "The XSRF-TOKEN cookie is set (or already was).")
    ResponseEntity<Void> csrf(@Parameter(hidden = true) CsrfToken token) {
        token.getToken(); // Makes sure the deferred token is generated and its cookie written.
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/register")
    @Operation(summary = "Create an account and sign in")
    @ApiResponse(responseCode = "201", description = "Registered and signed in.")
    @ApiResponse(responseCode = "409", description = "An account with this email exists (`EMAIL_TAKEN`).")
    @ApiResponse(responseCode = "429", description = "Too many registrations from this address (`RATE_LIMITED`).")
    ResponseEntity<MeResponse> register(
            @Valid @RequestBody RegisterRequest body, HttpServletRequest request, HttpServletResponse response) {
        rateLimiter.consume(
                "register:ip:" + request.getRemoteAddr(), limits.register().perIp());
        var account = accounts.register(body.email(), body.displayName(), body.password());
        sessions.signIn(account.toUser(), request, response);
        return ResponseEntity.created(URI.create(MeController.BASE)).body(MeResponse.of(account));
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in", description = "Starts a new session (a new session id) and rotates the CSRF token.")
    @ApiResponse(responseCode = "200", description = "Signed in.")
    @ApiResponse(responseCode = "401", description = "Unknown email or wrong password (`BAD_CREDENTIALS`).")
    @ApiResponse(
            responseCode = "429",
            description = "Too many attempts from this address or for this account (`RATE_LIMITED`).")
    MeResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        rateLimiter.consume(
                "login:ip:" + request.getRemoteAddr(), limits.login().perIp());
        rateLimiter.consume(accountKey(body.email()), limits.login().perAccount());
        var account = accounts.authenticate(body.email(), body.password())
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "The email address or the password is wrong."));
        sessions.signIn(account.toUser(), request, response);
        return MeResponse.of(account);
    }

    @PostMapping("/logout")
    @Operation(summary = "Sign out", description = "Ends the session; succeeds without one too.")
    @ApiResponse(responseCode = "204", description = "Signed out.")
    ResponseEntity<Void> logout(HttpServletRequest request, HttpServletResponse response) {
        sessions.signOut(request, response);
        return ResponseEntity.noContent().build();
    }

    /**
     * The per-account bucket of an email address. Hashed, so Redis holds no email addresses; kept
     * for unknown addresses too, so the limiter does not reveal which accounts exist.
     */
    static String accountKey(String email) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return "login:account:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
