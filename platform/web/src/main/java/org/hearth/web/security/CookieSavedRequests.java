package org.hearth.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.engine.savedrequest.SavedRequestHandler;
import org.pac4j.core.exception.http.HttpAction;
import org.pac4j.core.util.HttpActionHelper;
import org.pac4j.vertx.VertxWebContext;

/**
 * Remembers the page a visitor asked for before signing in in a short-lived cookie, not in a
 * server-side session as pac4j does: an anonymous request must cost the server no memory. Only
 * a local path (one leading slash) is kept or followed, so the cookie cannot redirect elsewhere.
 */
final class CookieSavedRequests implements SavedRequestHandler {

    static final String COOKIE = "hearth.return";
    private static final long MAX_AGE_SECONDS = 15 * 60;
    private final boolean secure;

    CookieSavedRequests(boolean secure) {
        this.secure = secure;
    }

    @Override
    public void save(CallContext ctx) {
        RoutingContext rc = ((VertxWebContext) ctx.webContext()).getVertxRoutingContext();
        String path = rc.request().uri();
        if ("GET".equals(rc.request().method().name()) && local(path)) {
            rc.response().addCookie(cookie(URLEncoder.encode(path, StandardCharsets.UTF_8)).setMaxAge(MAX_AGE_SECONDS));
        }
    }

    @Override
    public HttpAction restore(CallContext ctx, String defaultUrl) {
        RoutingContext rc = ((VertxWebContext) ctx.webContext()).getVertxRoutingContext();
        Cookie saved = rc.request().getCookie(COOKIE);
        String target = defaultUrl;
        if (saved != null) {
            rc.response().addCookie(cookie("").setMaxAge(0));
            String path = URLDecoder.decode(saved.getValue(), StandardCharsets.UTF_8);
            if (local(path)) {
                target = path;
            }
        }
        return HttpActionHelper.buildRedirectUrlAction(ctx.webContext(), target);
    }

    private Cookie cookie(String value) {
        return Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true).setSecure(secure).setSameSite(CookieSameSite.LAX);
    }

    private static boolean local(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && path.length() < 2048;
    }
}
