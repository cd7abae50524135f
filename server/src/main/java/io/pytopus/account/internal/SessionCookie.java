package io.pytopus.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that carries a session's token: HttpOnly (no script reads it), SameSite=Lax, path
 * {@code /}, no Max-Age (the browser keeps it for its session; the server decides when it ends), and
 * Secure when configured (production, with the {@code __Host-} prefix) or over HTTPS (ADR 0009).
 */
final class SessionCookie {

    private final String name;
    private final boolean secure;

    SessionCookie(SessionProperties.Cookie properties) {
        this.name = properties.name();
        this.secure = properties.secure();
    }

    /**
     * The tokens the request carries, in the order the browser sent them: usually one, but a browser
     * may hold two cookies of the name (another path or domain), so each is tried.
     */
    List<SessionToken> tokens(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> name.equals(cookie.getName()))
                .flatMap(cookie -> SessionToken.parse(cookie.getValue()).stream())
                .toList();
    }

    boolean present(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> name.equals(cookie.getName()));
    }

    void write(HttpServletRequest request, HttpServletResponse response, SessionToken token) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(request, token.value()).build().toString());
    }

    /** Tells the browser to drop the cookie. */
    void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(request, "").maxAge(0).build().toString());
    }

    private ResponseCookie.ResponseCookieBuilder cookie(HttpServletRequest request, String value) {
        return ResponseCookie.from(name, value)
                .path("/")
                .httpOnly(true)
                .secure(secure || request.isSecure())
                .sameSite("Lax");
    }
}
