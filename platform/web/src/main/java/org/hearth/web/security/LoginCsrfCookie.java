package org.hearth.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of the forms a visitor fills in before having a session (sign-in, sign-up,
 * accepting an invitation): a signed double-submit cookie, so that looking at a form costs the
 * server no memory. The token is {@code random.expiry.hmac}; the cookie and the form field must
 * carry the same token, and its HMAC under a key only this server holds must verify, so another
 * site can neither read the cookie nor plant a token of its own making.
 */
final class LoginCsrfCookie {

    static final String COOKIE = "hearth.csrf";
    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final Duration RENEW_BEFORE = Duration.ofHours(1);
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;
    private final boolean secure;

    LoginCsrfCookie(boolean secure) {
        this.key = new byte[32];
        random.nextBytes(key);
        this.secure = secure;
    }

    /** The token for a form on this response: the visitor's current one if still good, else a new one in a new cookie. */
    String token(RoutingContext rc) {
        Cookie current = rc.request().getCookie(COOKIE);
        if (current != null && valid(current.getValue(), RENEW_BEFORE)) {
            return current.getValue();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String payload = HexFormat.of().formatHex(bytes) + "." + (System.currentTimeMillis() + LIFETIME.toMillis()) / 1000;
        String token = payload + "." + sign(payload);
        rc.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSecure(secure)
                .setSameSite(CookieSameSite.STRICT).setMaxAge(LIFETIME.toSeconds()));
        return token;
    }

    /** True when the cookie and the given field carry the same, signed, unexpired token. */
    boolean matches(RoutingContext rc, String given) {
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie == null || given == null || given.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))
                && valid(given, Duration.ZERO);
    }

    private boolean valid(String token, Duration margin) {
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first < 0 || last <= first) {
            return false;
        }
        String payload = token.substring(0, last);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII), token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            long expiry = Long.parseLong(payload.substring(first + 1)) * 1000;
            return expiry > System.currentTimeMillis() + margin.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
