package org.hearth.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pac4j.core.authorization.authorizer.Authorizer;
import org.pac4j.core.context.WebContext;
import org.pac4j.core.context.session.SessionStore;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.core.util.Pac4jConstants;

/**
 * The CSRF check for state-changing requests: the form field or header {@code pac4jCsrfToken}
 * must equal the session's token (or the one it just replaced). Unlike pac4j's CsrfAuthorizer,
 * an empty or missing token never matches (pac4j compares string hash codes, and an absent
 * previous token is the empty string, which an empty field then equals), and the comparison is
 * on bytes in constant time.
 */
final class CsrfCheck implements Authorizer {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public boolean isAuthorized(WebContext context, SessionStore store, List<UserProfile> profiles) {
        if (!UNSAFE.contains(context.getRequestMethod().toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        String given = context.getRequestParameter(Pac4jConstants.CSRF_TOKEN)
                .or(() -> context.getRequestHeader(Pac4jConstants.CSRF_TOKEN)).orElse("");
        if (given.isBlank()) {
            return false;
        }
        Optional<Object> expiry = store.get(context, Pac4jConstants.CSRF_TOKEN_EXPIRATION_DATE);
        if (expiry.isEmpty() || (Long) expiry.get() < System.currentTimeMillis()) {
            return false;
        }
        return matches(given, store.get(context, Pac4jConstants.CSRF_TOKEN)) || matches(given, store.get(context, Pac4jConstants.PREVIOUS_CSRF_TOKEN));
    }

    private static boolean matches(String given, Optional<Object> expected) {
        return expected.map(Object::toString).filter(e -> !e.isBlank())
                .map(e -> MessageDigest.isEqual(e.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
