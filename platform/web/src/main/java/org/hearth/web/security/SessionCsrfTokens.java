package org.hearth.web.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.pac4j.core.context.WebContext;
import org.pac4j.core.context.session.SessionStore;
import org.pac4j.core.matching.matcher.csrf.CsrfTokenGenerator;
import org.pac4j.core.util.Pac4jConstants;

/**
 * One CSRF token per session (OWASP's synchronizer token), renewed only as it nears expiry,
 * instead of pac4j's default of a new token per page: rotating tokens break a form left open in
 * another tab. The renewed-away token stays valid as pac4j's "previous" token, so a form
 * rendered just before a renewal still posts. Stored where pac4j's CSRF authorizer reads it.
 */
final class SessionCsrfTokens implements CsrfTokenGenerator {

    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final Duration RENEW_BEFORE = Duration.ofHours(1);
    private final SecureRandom random = new SecureRandom();

    @Override
    public String get(WebContext context, SessionStore store) {
        Optional<Object> token = store.get(context, Pac4jConstants.CSRF_TOKEN);
        Optional<Object> expiry = store.get(context, Pac4jConstants.CSRF_TOKEN_EXPIRATION_DATE);
        long now = System.currentTimeMillis();
        if (token.isPresent() && expiry.isPresent() && (Long) expiry.get() > now + RENEW_BEFORE.toMillis()) {
            return (String) token.get();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String fresh = HexFormat.of().formatHex(bytes);
        store.set(context, Pac4jConstants.PREVIOUS_CSRF_TOKEN, token.orElse(null));
        store.set(context, Pac4jConstants.CSRF_TOKEN, fresh);
        store.set(context, Pac4jConstants.CSRF_TOKEN_EXPIRATION_DATE, now + LIFETIME.toMillis());
        return fresh;
    }
}
