package io.pytopus.account.internal;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import io.pytopus.system.ProblemException;
import io.pytopus.system.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user: their settings, their data, their account. */
@RestController
@RequestMapping(MeController.BASE)
@Tag(name = "Me", description = "The signed-in user.")
class MeController {

    static final String BASE = "/api/v1/me";

    private final AccountManagement accounts;
    private final SessionSignIn sessions;
    private final RateLimiter rateLimiter;
    private final AuthRateLimits limits;

    MeController(AccountManagement accounts, SessionSignIn sessions, RateLimiter rateLimiter, AuthRateLimits limits) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @GetMapping
    @Operation(summary = "Who is signed in, with their settings")
    MeResponse me(
            @Parameter(hidden = true) @CurrentUser PytopusUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        return MeResponse.of(accounts.find(user.id()).orElseThrow(() -> gone(request, response)));
    }

    @PatchMapping
    @Operation(
            summary = "Change settings",
            description = "Only the members present change; `quietHours: null` switches quiet hours off.")
    MeResponse changeSettings(
            @Parameter(hidden = true) @CurrentUser PytopusUser user,
            @Valid @RequestBody SettingsPatch patch,
            HttpServletRequest request,
            HttpServletResponse response) {
        var change = patch.toChange();
        var account = accounts.changeSettings(user.id(), change).orElseThrow(() -> gone(request, response));
        if (change.changesDisplayName()) {
            sessions.refresh(account.toUser());
        }
        return MeResponse.of(account);
    }

    @GetMapping("/export")
    @Operation(
            summary = "Download all my data",
            description = "One JSON document: `account` plus a member per module (such as `pets`).")
    ResponseEntity<Map<String, Object>> export(
            @Parameter(hidden = true) @CurrentUser PytopusUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        var document = accounts.export(user.id()).orElseThrow(() -> gone(request, response));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("pytopus-export.json")
                                .build()
                                .toString())
                .body(document);
    }

    @DeleteMapping
    @Operation(
            summary = "Delete my account",
            description = "Deletes the account, its pets and everything else, and ends all its sessions."
                    + " Needs the password.")
    @ApiResponse(responseCode = "204", description = "Deleted; the session has ended.")
    @ApiResponse(responseCode = "403", description = "The password is wrong (`WRONG_PASSWORD`) or the CSRF token is.")
    @ApiResponse(responseCode = "429", description = "Too many wrong passwords (`RATE_LIMITED`).")
    ResponseEntity<Void> delete(
            @Parameter(hidden = true) @CurrentUser PytopusUser user,
            @Valid @RequestBody DeleteAccountRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        // Shares the sign-in bucket: confirming a password is as good an oracle as signing in.
        rateLimiter.consume(
                AuthController.accountKey(user.email()), limits.login().perAccount());
        var account = accounts.find(user.id()).orElseThrow(() -> gone(request, response));
        if (!accounts.confirmPassword(account, body.password())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "WRONG_PASSWORD", "The password is wrong.");
        }
        accounts.delete(account.id());
        sessions.signOut(request, response);
        return ResponseEntity.noContent().build();
    }

    /** The session outlived its account (deleted elsewhere): end it and ask to sign in. */
    private ProblemException gone(HttpServletRequest request, HttpServletResponse response) {
        sessions.signOut(request, response);
        return new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Please sign in again.");
    }
}
