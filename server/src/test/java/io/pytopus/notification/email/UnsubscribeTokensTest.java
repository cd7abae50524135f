package io.pytopus.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.account.EmailList;
import io.pytopus.notification.email.UnsubscribeTokens.Unsubscription;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnsubscribeTokensTest {

    private static final byte[] KEY = "an unsubscribe key of 32 bytes!!".getBytes();
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(() -> KEY);

    @ParameterizedTest
    @EnumSource(EmailList.class)
    void aTokenNamesItsUserAndList(EmailList list) {
        var user = UUID.randomUUID();

        var token = tokens.tokenFor(user, list);

        assertThat(tokens.verify(token)).contains(new Unsubscription(user, list));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").hasSizeLessThan(60);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        var other = new UnsubscribeTokens(() -> "another key, also 32 bytes long!".getBytes());

        assertThat(tokens.verify(other.tokenFor(UUID.randomUUID(), EmailList.NUDGES)))
                .isEmpty();
    }

    @Test
    void changingTheUserOrTheListBreaksTheSignature() {
        var user = UUID.randomUUID();
        var digest = tokens.tokenFor(user, EmailList.WEEKLY_DIGEST);
        var nudges = tokens.tokenFor(user, EmailList.NUDGES);
        var someoneElse = tokens.tokenFor(UUID.randomUUID(), EmailList.WEEKLY_DIGEST);

        String digestPayload = digest.substring(0, digest.indexOf('.'));
        String nudgesSignature = nudges.substring(nudges.indexOf('.'));
        String otherSignature = someoneElse.substring(someoneElse.indexOf('.'));

        assertThat(tokens.verify(digestPayload + nudgesSignature)).isEmpty();
        assertThat(tokens.verify(digestPayload + otherSignature)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.", ".abc", "not base64!.x", "AAAA.AAAA", "a.b.c"})
    void garbageIsNoToken(String token) {
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aTruncatedSignatureIsRefused() {
        var token = tokens.tokenFor(UUID.randomUUID(), EmailList.NUDGES);

        assertThat(tokens.verify(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(tokens.verify(token + "AA")).isEmpty();
    }
}
