package org.hearth.web.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.hearth.kernel.error.ErrorCode;
import java.util.List;
import org.hearth.web.pages.Frame;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.LoginOption;
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
    private final List<LoginOption> extraLoginOptions;
    private final DefaultCallbackLogic callbackLogic = new DefaultCallbackLogic();
    private final DefaultLogoutLogic logoutLogic = new DefaultLogoutLogic();

    /** @param extraLoginOptions other ways to sign in offered under the individual's form, e.g. an OpenID Connect provider */
    public LoginRoutes(Security security, List<LoginOption> extraLoginOptions) {
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
        List<String> notices = java.util.stream.Stream.of("logged_out", "signed_up", "erased")
                .filter(rc.queryParams()::contains).map(NOTICES::get).map(m::t).toList();
        boolean individual = Security.INDIVIDUAL_FORM.equals(client);
        var model = new org.hearth.web.pages.LoginPage(m, action + "?client_name=" + client, security.csrfToken(rc), notices,
                rc.queryParams().contains("error"), individual, individual ? extraLoginOptions : List.of());
        Frame frame = new Frame(m, m.t(titleKey), m.t(titleKey), List.of(), null, rc.request().path(), null);
        Layout.send(rc, frame, Layout.WEB.render("login.jte", model));
    }

    private static final java.util.Map<String, String> NOTICES = java.util.Map.of(
            "logged_out", "login.signedOut", "signed_up", "login.signedUp", "erased", "login.erased");

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
