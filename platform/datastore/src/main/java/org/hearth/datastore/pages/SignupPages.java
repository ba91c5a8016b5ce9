package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.pages.Messages;
import org.hearth.web.problem.Problems;

/** {@code /signup}: a free account with email and password. */
final class SignupPages {

    private final Views kit;
    private final AccountService accounts;

    SignupPages(Views kit, AccountService accounts) {
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
            // The language the sign-up page was shown in becomes the account's: it follows them to any browser.
            accounts.signUp("page.signup", Calls.requestId(rc), email, password, java.util.Optional.of(m.language()));
            // Signed up is signed in: the password was just typed twice, the account is theirs.
            var individual = accounts.login(email, password);
            if (individual.isEmpty()) {
                Views.redirect(rc, "/login?signed_up=1");
                return;
            }
            kit.security().signIn(rc, individual.get());
            Views.redirect(rc, "/account?done=signed-up");
        } catch (HearthException e) {
            form(rc, e.detail(), email);
        }
    }

    private void form(RoutingContext rc, String error, String email) {
        Messages m = Messages.forRequest(rc);
        rc.response().setStatusCode(error == null ? 200 : 422);
        kit.render(rc, m, m.t("signup.title"), "signup.jte",
                new PageModels.Signup(m, kit.csrf(rc), email, new PageModels.Outcome(error, null)));
    }
}
