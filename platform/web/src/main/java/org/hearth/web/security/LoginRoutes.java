package org.hearth.web.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.web.pages.Html;
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

    private final Security security;
    private final DefaultCallbackLogic callbackLogic = new DefaultCallbackLogic();
    private final DefaultLogoutLogic logoutLogic = new DefaultLogoutLogic();

    public LoginRoutes(Security security) {
        this.security = security;
    }

    public void mount(Router router, long bodyLimit) {
        BodyHandler forms = BodyHandler.create(false).setBodyLimit(bodyLimit);
        router.get(INDIVIDUAL_LOGIN).handler(rc -> form(rc, "Sign in to your personal data store", INDIVIDUAL_CALLBACK, Security.INDIVIDUAL_FORM));
        router.get(STAFF_LOGIN).handler(rc -> form(rc, "Staff sign-in", STAFF_CALLBACK, Security.STAFF_FORM));
        router.post(INDIVIDUAL_CALLBACK).handler(forms).handler(rc -> callback(rc, "/account", Security.INDIVIDUAL_FORM));
        router.post(STAFF_CALLBACK).handler(forms).handler(rc -> callback(rc, "/staff", Security.STAFF_FORM));
        router.post("/logout").handler(forms).handler(this::logout);
    }

    private void form(RoutingContext rc, String title, String action, String client) {
        String error = rc.queryParams().contains("error")
                ? "<p class=\"error\" role=\"alert\">That email and password do not match an account, or the account is locked for a while.</p>"
                : "";
        String notice = rc.queryParams().contains("logged_out") ? "<p role=\"status\">You are signed out.</p>" : "";
        String body = "<h1>" + Html.esc(title) + "</h1>" + notice + error
                + "<form method=\"post\" action=\"" + action + "?client_name=" + client + "\">"
                + Html.hidden("pac4jCsrfToken", security.csrfToken(rc))
                + Html.field("email", "Email", "email", "username")
                + Html.field("password", "Password", "password", "current-password")
                + "<button type=\"submit\">Sign in</button></form>";
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store").end(Html.page(title, body));
    }

    private void callback(RoutingContext rc, String defaultUrl, String client) {
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
