package org.hearth.web.security;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.pac4j.vertx.VertxWebContext;

/**
 * vertx-pac4j's web context, with header look-ups made case-insensitive as HTTP requires. The
 * original copies headers into a case-sensitive map, so over HTTP/2 (which sends lower-case
 * names) it would miss {@code Accept} or the CSRF header and refuse valid requests.
 */
final class HearthWebContext extends VertxWebContext {

    private final RoutingContext rc;

    HearthWebContext(RoutingContext rc) {
        super(rc);
        this.rc = rc;
    }

    @Override
    public Optional<String> getRequestHeader(String name) {
        return Optional.ofNullable(rc.request().getHeader(name));
    }
}
