package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.problem.Problems;

/** {@code /signup}: a free account with email and password. */
final class SignupPages {

    private final PageKit kit;
    private final AccountService accounts;

    SignupPages(PageKit kit, AccountService accounts) {
        this.kit = kit;
        this.accounts = accounts;
    }

    void mount(Router router) {
        router.get("/signup").handler(rc -> form(rc, null, ""));
        router.post("/signup").handler(BodyHandler.create(false).setBodyLimit(16 * 1024)).handler(this::submit);
    }

    private void submit(RoutingContext rc) {
        if (!kit.security().csrfValid(rc)) {
            Problems.send(rc, ErrorCode.CSRF_REJECTED, "This form has expired. Go back, reload the page and try again.");
            return;
        }
        Messages m = Messages.forRequest(rc);
        String email = rc.request().getFormAttribute("email");
        String password = rc.request().getFormAttribute("password");
        if (password == null || !password.equals(rc.request().getFormAttribute("confirm"))) {
            form(rc, m.t("signup.mismatch"), email);
            return;
        }
        try {
            accounts.signUp("page.signup", Calls.requestId(rc), email, password);
            PageKit.redirect(rc, "/login?signed_up=1");
        } catch (HearthException e) {
            form(rc, e.detail(), email);
        }
    }

    private void form(RoutingContext rc, String error, String email) {
        Messages m = Messages.forRequest(rc);
        String body = "<h1>" + m.h("signup.title") + "</h1><p>" + m.h("app.tagline") + "</p>"
                + (error == null ? "" : PageKit.error(m, error))
                + "<form method=\"post\" action=\"/signup\">" + kit.csrf(rc)
                + "<label for=\"email\">" + m.h("login.email") + "</label><input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required value=\""
                + Html.esc(email) + "\">"
                + "<label for=\"password\">" + m.h("login.password") + "</label><input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"new-password\" required minlength=\"10\" aria-describedby=\"password-hint\"><p id=\"password-hint\">" + m.h("signup.hint") + "</p>"
                + Html.field("confirm", m.t("signup.confirm"), "password", "new-password")
                + "<button type=\"submit\">" + m.h("signup.submit") + "</button></form>"
                + "<p><a href=\"?lang=" + m.other() + "\" lang=\"" + m.other() + "\">" + m.h("nav.language") + "</a></p>";
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .setStatusCode(error == null ? 200 : 422).end(Html.page(m.language(), m.t("signup.title"), "", body));
    }
}
