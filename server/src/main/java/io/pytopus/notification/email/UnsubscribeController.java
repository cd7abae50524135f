package io.pytopus.notification.email;

import io.pytopus.account.EmailList;
import io.pytopus.account.EmailSubscriptions;
import io.pytopus.notification.email.UnsubscribeTokens.Unsubscription;
import io.pytopus.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of every email, {@value #PATH}: no sign-in, the signed token is the proof
 * (ADR 0015). A {@code GET} only shows where the user stands (a browser following the link gets a page
 * with a button); the {@code POST}, which that button and RFC 8058 one-click mail clients send, leaves
 * the list. So a link scanner that fetches every URL in an email unsubscribes nobody.
 */
@RestController
@RequestMapping(UnsubscribeController.BASE)
@Tag(name = "Email", description = "Leaving an email list through the link in every email.")
class UnsubscribeController {

    static final String BASE = "/api/v1/unsubscribe";
    static final String PATH = BASE + "/{token}";

    private final EmailSubscriptions subscriptions;
    private final UnsubscribeTokens tokens;

    UnsubscribeController(EmailSubscriptions subscriptions, Emails emails) {
        this.subscriptions = subscriptions;
        this.tokens = emails.tokens();
    }

    @GetMapping(path = "/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Where the link's user stands on its list (changes nothing)")
    @ApiResponse(responseCode = "404", description = "Not a valid unsubscribe link (`UNSUBSCRIBE_LINK_INVALID`).")
    ListStatus status(@Parameter(description = "The token of the link") @PathVariable String token) {
        var unsubscription = verified(token);
        return new ListStatus(unsubscription.list(), subscribed(unsubscription));
    }

    @GetMapping(path = "/{token}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(hidden = true)
    String page(@PathVariable String token) {
        var unsubscription = verified(token);
        if (!subscribed(unsubscription)) {
            return UnsubscribePages.done(unsubscription.list());
        }
        return UnsubscribePages.confirm(unsubscription.list());
    }

    @PostMapping(path = "/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Leave the link's list (RFC 8058 one-click unsubscribe)",
            description = "Needs no session and no CSRF token; any body (such as `List-Unsubscribe=One-Click`)"
                    + " is ignored. Leaving twice is no error.")
    @ApiResponse(responseCode = "404", description = "Not a valid unsubscribe link (`UNSUBSCRIBE_LINK_INVALID`).")
    ListStatus unsubscribe(@PathVariable String token) {
        var unsubscription = verified(token);
        subscriptions.unsubscribe(unsubscription.userId(), unsubscription.list());
        return new ListStatus(unsubscription.list(), false);
    }

    @PostMapping(path = "/{token}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(hidden = true)
    String unsubscribePage(@PathVariable String token) {
        var unsubscription = verified(token);
        subscriptions.unsubscribe(unsubscription.userId(), unsubscription.list());
        return UnsubscribePages.done(unsubscription.list());
    }

    private Unsubscription verified(String token) {
        return tokens.verify(token)
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.NOT_FOUND,
                        "UNSUBSCRIBE_LINK_INVALID",
                        "This unsubscribe link is not valid. Sign in and change your email settings instead."));
    }

    private boolean subscribed(Unsubscription unsubscription) {
        return subscriptions
                .subscriber(unsubscription.userId())
                .map(s -> s.preferences().subscribedTo(unsubscription.list()))
                .orElse(false);
    }

    /** A list and whether the link's user still receives it. */
    record ListStatus(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "WEEKLY_DIGEST")
            EmailList list,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean subscribed) {}
}
