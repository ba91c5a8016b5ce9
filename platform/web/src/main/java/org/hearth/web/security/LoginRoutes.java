package org.hearth.web.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.hearth.kernel.error.ErrorCode;
import java.util.List;
import java.util.function.Function;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.problem.Problems;
import org.pac4j.core.engine.DefaultCallbackLogic;
import org.pac4j.core.engine.DefaultLogoutLogic;
import org.pac4j.vertx.VertxFrameworkParameters;

/**
 * The login forms (individuals and staff), their callbacks and logout. Each form carries a CSRF
 * token bound to the session, checked before pac4j sees the credentials, so another site cannot
 * log a visitor into an account of its choosing.
 */
public final class LoginRoutes {

    static final String INDIVIDUAL_LOGIN = "/login";
    static final String INDIVIDUAL_CALLBACK = "/login/callback";
    static final String STAFF_LOGIN = "/staff/login";
    static final String STAFF_CALLBACK = "/staff/login/callback";
    static final String OIDC_LOGIN = "/login/oidc";
    static final String MEMBER_LOGIN = "/console/login";
    static final String MEMBER_CALLBACK = "/console/login/callback";

    private final Security security;
    private final List<Function<Messages, String>> extraLoginOptions;
    private final DefaultCallbackLogic callbackLogic = new DefaultCallbackLogic();
    private final DefaultLogoutLogic logoutLogic = new DefaultLogoutLogic();

    /** @param extraLoginOptions HTML fragments offered under the individual's form, e.g. an OpenID Connect button */
    public LoginRoutes(Security security, List<Function<Messages, String>> extraLoginOptions) {
        this.security = security;
        callbackLogic.setSavedRequestHandler(security.savedRequests());
        this.extraLoginOptions = extraLoginOptions;
    }

    public void mount(Router router, long bodyLimit) {
        BodyHandler forms = BodyHandler.create(false).setBodyLimit(bodyLimit);
        router.get(INDIVIDUAL_LOGIN).handler(rc -> form(rc, "login.title", INDIVIDUAL_CALLBACK, Security.INDIVIDUAL_FORM));
        router.get(STAFF_LOGIN).handler(rc -> form(rc, "login.title", STAFF_CALLBACK, Security.STAFF_FORM));
        router.post(INDIVIDUAL_CALLBACK).handler(forms).handler(rc -> callback(rc, "/account", Security.INDIVIDUAL_FORM));
        router.post(STAFF_CALLBACK).handler(forms).handler(rc -> callback(rc, "/staff", Security.STAFF_FORM));
        router.get(MEMBER_LOGIN).handler(rc -> form(rc, "console.login", MEMBER_CALLBACK, Security.MEMBER_FORM));
        router.post(MEMBER_CALLBACK).handler(forms).handler(rc -> callback(rc, "/console", Security.MEMBER_FORM));
        router.post("/logout").handler(forms).handler(this::logout);
        if (security.oidcEnabled()) {
            router.get(OIDC_LOGIN).handler(security.oidcGuard()).handler(rc -> rc.response().setStatusCode(303).putHeader("Location", "/account").end());
            router.get(OidcClients.CALLBACK).handler(rc -> {
                if (!onlyClient(rc, OidcClients.NAME)) {
                    return;
                }
                callbackLogic.perform(security.config(), "/account", true, OidcClients.NAME, new VertxFrameworkParameters(rc));
            });
        }
    }

    private void form(RoutingContext rc, String titleKey, String action, String client) {
        Messages m = Messages.forRequest(rc);
        StringBuilder body = new StringBuilder("<h1>").append(m.h(titleKey)).append("</h1>");
        notice(rc, m, body, "logged_out", "login.signedOut");
        notice(rc, m, body, "signed_up", "login.signedUp");
        notice(rc, m, body, "erased", "login.erased");
        if (rc.queryParams().contains("error")) {
            body.append("<p class=\"error\" role=\"alert\">").append(m.h("login.error")).append("</p>");
        }
        body.append("<form method=\"post\" action=\"").append(action).append("?client_name=").append(client).append("\">")
                .append(Html.hidden("pac4jCsrfToken", security.csrfToken(rc)))
                .append(Html.field("email", m.t("login.email"), "email", "username"))
                .append(Html.field("password", m.t("login.password"), "password", "current-password"))
                .append("<button type=\"submit\">").append(m.h("login.submit")).append("</button></form>");
        if (Security.INDIVIDUAL_FORM.equals(client)) {
            extraLoginOptions.forEach(option -> body.append(option.apply(m)));
            body.append("<p>").append(m.t("login.noAccount", "<a href=\"/signup\">", "</a>")).append("</p>");
        }
        body.append("<p><a href=\"?lang=").append(m.other()).append("\" lang=\"").append(m.other()).append("\">")
                .append(m.h("nav.language")).append("</a></p>");
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(Html.page(m.language(), m.t(titleKey), "", body.toString()));
    }

    private static void notice(RoutingContext rc, Messages m, StringBuilder body, String param, String key) {
        if (rc.queryParams().contains(param)) {
            body.append("<p class=\"notice\" role=\"status\">").append(m.h(key)).append("</p>");
        }
    }

    /** A callback serves one client: a client_name naming another would let pac4j run that client's login here. */
    private static boolean onlyClient(RoutingContext rc, String client) {
        String named = rc.queryParams().get("client_name");
        if (named != null && !named.equals(client)) {
            Problems.send(rc, ErrorCode.BAD_REQUEST, "This sign-in address serves " + client + " only.");
            return false;
        }
        return true;
    }

    private void callback(RoutingContext rc, String defaultUrl, String client) {
        if (!onlyClient(rc, client)) {
            return;
        }
        if (!security.csrfValid(rc)) {
            Problems.send(rc, ErrorCode.CSRF_REJECTED, "This form has expired. Go back, reload the page and try again.");
            return;
        }
        callbackLogic.perform(security.config(), defaultUrl, true, client, new VertxFrameworkParameters(rc));
    }

    private void logout(RoutingContext rc) {
        if (!security.csrfValid(rc)) {
            Problems.send(rc, ErrorCode.CSRF_REJECTED, "This form has expired. Go back, reload the page and try again.");
            return;
        }
        logoutLogic.perform(security.config(), INDIVIDUAL_LOGIN + "?logged_out=1", null, true, true, false, new VertxFrameworkParameters(rc));
    }
}
