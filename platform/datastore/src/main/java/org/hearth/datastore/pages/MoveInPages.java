package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.portability.MoveIn;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;

/**
 * {@code /signup/move}: coming from another Hearth, a person makes their account here from the
 * export archive they downloaded there (records with their history and files, their agreements as
 * history, delivered records' verification where it still checks), then is signed in. The
 * archive is streamed into a sealed spool, never whole in memory nor in clear on disk; nothing is
 * created unless all of it is accepted.
 */
final class MoveInPages {

    private final Views kit;
    private final AccountService accounts;
    private final MoveIn moveIn;

    MoveInPages(Views kit, AccountService accounts, MoveIn moveIn) {
        this.kit = kit;
        this.accounts = accounts;
        this.moveIn = moveIn;
    }

    void mount(Router router) {
        router.get("/signup/move").handler(rc -> form(rc, null, ""));
        router.post("/signup/move").handler(this::submit);
    }

    private void submit(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        String[] typed = {""};
        try {
            var moved = moveIn.fromForm(rc, Calls.requestId(rc), form -> {
                if (!kit.security().csrfValid(rc)) {
                    throw new HearthException(ErrorCode.CSRF_REJECTED, m.t("move.error.expired"));
                }
                typed[0] = form.get("email") == null ? "" : form.get("email");
                String password = form.get("password");
                if (password == null || !password.equals(form.get("confirm"))) {
                    throw new HearthException(ErrorCode.VALIDATION_FAILED, m.t("signup.mismatch"));
                }
                return new MoveIn.Credentials(typed[0], password);
            });
            // Moved in is signed in: the password was just typed twice, the account is theirs.
            var individual = accounts.login(typed[0], rc.request().getFormAttribute("password"));
            if (individual.isEmpty() || !individual.get().individualId().equals(moved.account().id())) {
                Views.redirect(rc, "/login?signed_up=1");
                return;
            }
            kit.security().signIn(rc, individual.get());
            // A large copy goes on in the background: its page shows how far it is.
            Views.redirect(rc, moved.job() == null ? "/account?done=moved-in" : "/account/import/jobs/" + moved.job() + "?done=moving-in");
        } catch (HearthException e) {
            if (e.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            form(rc, switch (e.code()) {
                case INVALID_ARCHIVE -> m.t("move.error.invalid");
                case UNAVAILABLE, TOO_MANY_REQUESTS -> m.t("move.error.busy");
                default -> e.detail();
            }, typed[0]);
        }
    }

    private void form(RoutingContext rc, String error, String email) {
        Messages m = Messages.forRequest(rc);
        if (error != null && rc.response().getStatusCode() == 200) {
            rc.response().setStatusCode(422);
        }
        kit.render(rc, m, m.t("move.title"), "move-in.jte", new PageModels.MoveIn(m, kit.csrf(rc), email,
                m.t("move.file.hint", moveIn.maxBytes() / (1024 * 1024)), new PageModels.Outcome(error, null)));
    }
}
