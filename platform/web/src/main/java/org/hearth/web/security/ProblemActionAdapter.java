package org.hearth.web.security;

import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.web.problem.Problems;
import org.pac4j.core.context.WebContext;
import org.pac4j.core.exception.http.HttpAction;
import org.pac4j.core.exception.http.WithContentAction;
import org.pac4j.core.exception.http.WithLocationAction;
import org.pac4j.core.http.adapter.HttpActionAdapter;
import org.pac4j.vertx.VertxWebContext;

/**
 * Turns pac4j's decisions into responses. Unlike vertx-pac4j's default adapter, which writes
 * after failing the context, this writes exactly one response: problem JSON (or a page) for
 * 401 and 403, a plain redirect otherwise. 401 only when no valid credential was presented;
 * a valid credential of the wrong kind is 403 (see {@link PresentedCredentials}).
 */
final class ProblemActionAdapter implements HttpActionAdapter {

    private final PresentedCredentials presented;

    ProblemActionAdapter(PresentedCredentials presented) {
        this.presented = presented;
    }

    @Override
    public Object adapt(HttpAction action, WebContext context) {
        RoutingContext rc = ((VertxWebContext) context).getVertxRoutingContext();
        int code = action.getCode();
        if (code == 401 && presented.otherValid(rc).isPresent()) {
            code = 403;
            // The client challenged for its own scheme; a caller already authenticated needs no challenge.
            rc.response().headers().remove("WWW-Authenticate");
        }
        if (code == 401) {
            if (!rc.response().headers().contains("WWW-Authenticate")) {
                rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"hearth\"");
            }
            Problems.send(rc, ErrorCode.UNAUTHENTICATED, "Sign in, or send a valid bearer token or client credentials.");
        } else if (code == 403) {
            // A valid credential that is not allowed here, including one of the wrong kind.
            Problems.send(rc, ErrorCode.FORBIDDEN, "Your credentials are valid but do not allow this operation.");
        } else if (action instanceof WithLocationAction location) {
            rc.response().setStatusCode(code).putHeader("Location", location.getLocation()).end();
        } else if (action instanceof WithContentAction content && content.getContent() != null) {
            rc.response().setStatusCode(code).end(content.getContent());
        } else {
            rc.response().setStatusCode(code).end();
        }
        return null;
    }
}
