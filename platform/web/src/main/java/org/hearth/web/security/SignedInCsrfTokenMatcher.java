package org.hearth.web.security;

import org.pac4j.core.context.CallContext;
import org.pac4j.core.matching.matcher.Matcher;
import org.pac4j.vertx.VertxWebContext;

/**
 * pac4j's CSRF token generator, run only for a browser that already has a session. pac4j runs
 * matchers before it authenticates, so the plain generator made a session (and a token cookie)
 * for every anonymous request to a protected page, only to redirect it to the login form.
 */
final class SignedInCsrfTokenMatcher implements Matcher {

    private final Matcher generator;

    SignedInCsrfTokenMatcher(Matcher generator) {
        this.generator = generator;
    }

    @Override
    public boolean matches(CallContext ctx) {
        return !Security.hasSession(((VertxWebContext) ctx.webContext()).getVertxRoutingContext()) || generator.matches(ctx);
    }
}
