package org.hearth.web.pages;

import io.vertx.ext.web.RoutingContext;

/**
 * What a page's {@link Frame} needs from the browser's session besides who is signed in
 * ({@link org.hearth.web.request.RequestActor}): the CSRF token for its forms.
 * {@link org.hearth.web.security.Security} is the one implementation; pages see only this, so
 * the layout does not depend on the security package, which itself shows pages.
 */
public interface PageSession {

    /** The CSRF token to embed in a form on this request. */
    String csrfToken(RoutingContext rc);
}
