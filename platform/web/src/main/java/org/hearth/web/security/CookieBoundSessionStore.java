package org.hearth.web.security;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.sstore.SessionStore;
import java.util.Optional;
import org.pac4j.core.context.WebContext;
import org.pac4j.vertx.VertxWebContext;
import org.pac4j.vertx.context.session.VertxSessionStore;

/**
 * pac4j's Vert.x session store, except that a request that brought no session cookie is not
 * given a session just for being looked at. Without this, every bearer-token API call (which
 * pac4j checks for a session profile first) created a server-side session and a cookie: memory
 * that grows with traffic for nothing. Writing to the session (a login, a CSRF token) still
 * creates one; clearing a key where there is no session does not.
 */
final class CookieBoundSessionStore extends VertxSessionStore {

    private final String cookieName;

    CookieBoundSessionStore(SessionStore sessions, String cookieName) {
        super(sessions);
        this.cookieName = cookieName;
    }

    private boolean hasCookie(WebContext context) {
        RoutingContext rc = ((VertxWebContext) context).getVertxRoutingContext();
        return rc.request().getCookie(cookieName) != null || rc.get(WRITTEN) != null;
    }

    private static final String WRITTEN = "hearth.sessionWritten";

    @Override
    public Optional<Object> get(WebContext context, String key) {
        return hasCookie(context) ? super.get(context, key) : Optional.empty();
    }

    @Override
    public Optional<String> getSessionId(WebContext context, boolean createSession) {
        return createSession || hasCookie(context) ? super.getSessionId(context, createSession) : Optional.empty();
    }

    @Override
    public void set(WebContext context, String key, Object value) {
        if (value == null && !hasCookie(context)) {
            // pac4j clears keys it never set (a requested URL, an attempted authentication): no session to clear them from.
            return;
        }
        ((VertxWebContext) context).getVertxRoutingContext().put(WRITTEN, Boolean.TRUE);
        super.set(context, key, value);
    }
}
