package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hearth.datastore.IndividualMail.Kind;
import org.hearth.datastore.mail.MailService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;
import org.hearth.web.problem.Problems;
import org.hearth.web.security.Access;

/**
 * {@code /account/notifications}: the address Hearth writes to, whether it is confirmed, and which
 * notices come by e-mail; {@code /account/confirm-email}: the page a confirmation link opens, which
 * needs no sign-in (the link may be opened on another device) and confirms only when its button is
 * pressed, so a mail scanner following the link confirms nothing.
 */
final class NotificationPages {

    /** The notices always sent, in the order the page lists them. */
    private static final List<Kind> REQUIRED = List.of(Kind.BREACH, Kind.ERASED, Kind.CONFIRM_ADDRESS);

    private final Views kit;
    private final MailService mail;
    private final boolean localOutbox;

    NotificationPages(Views kit, MailService mail, boolean localOutbox) {
        this.kit = kit;
        this.mail = mail;
        this.localOutbox = localOutbox;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get("/account/notifications").handler(guard).handler(rc -> show(rc, null));
        router.post("/account/notifications").handler(forms).handler(guard).handler(this::choose);
        router.post("/account/notifications/address").handler(forms).handler(guard).handler(this::addAddress);
        router.post("/account/notifications/resend").handler(forms).handler(guard).handler(this::resend);
        router.get("/account/confirm-email").handler(this::confirmPage);
        router.post("/account/confirm-email").handler(forms).handler(this::confirm);
    }

    private void show(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        MailService.Choices c = mail.choices(Calls.actor(rc));
        List<PageModels.NoticeChoice> optional = MailService.OPTIONAL.stream().sorted()
                .map(k -> new PageModels.NoticeChoice(k.stored(), m.t("notifications.kind." + k.stored()), m.t("notifications.kind." + k.stored() + ".help"),
                        !c.off().contains(k)))
                .toList();
        List<String> required = REQUIRED.stream().map(k -> m.t("notifications.kind." + k.stored())).toList();
        kit.render(rc, m, m.t("notifications.title"), "notifications.jte", new PageModels.Notifications(m, kit.csrf(rc), c.address().orElse(null),
                c.confirmed(), optional, required, localOutbox, new PageModels.Outcome(error, error == null ? Views.done(m, rc) : null)));
    }

    private void choose(RoutingContext rc) {
        Set<Kind> wanted = EnumSet.noneOf(Kind.class);
        for (String value : rc.request().formAttributes().getAll("notice")) {
            MailService.OPTIONAL.stream().filter(k -> k.stored().equals(value)).forEach(wanted::add);
        }
        mail.choose(Calls.context(rc, "page.notifications.choose"), wanted);
        Views.redirect(rc, "/account/notifications?done=notifications-saved");
    }

    private void addAddress(RoutingContext rc) {
        String typed = rc.request().getFormAttribute("email");
        try {
            new org.hearth.datastore.Email(typed);
        } catch (HearthException notAnAddress) {
            rc.response().setStatusCode(422);
            show(rc, Messages.forRequest(rc).t("notifications.address.invalid"));
            return;
        }
        try {
            mail.addAddress(Calls.context(rc, "page.notifications.add_address"), typed);
            Views.redirect(rc, "/account/notifications?done=confirmation-sent");
        } catch (HearthException e) {
            rc.response().setStatusCode(422);
            show(rc, Messages.forRequest(rc).t("notifications.address.notYours"));
        }
    }

    private void resend(RoutingContext rc) {
        try {
            mail.resendConfirmation(Calls.context(rc, "page.notifications.resend"));
            Views.redirect(rc, "/account/notifications?done=confirmation-sent");
        } catch (HearthException e) {
            rc.response().setStatusCode(409);
            show(rc, Messages.forRequest(rc).t("notifications.resend.nothing"));
        }
    }

    private void confirmPage(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        String token = rc.queryParams().get("token");
        String done = Views.done(m, rc);
        boolean failed = rc.queryParams().contains("failed") || done == null && (token == null || token.isBlank());
        if (failed) {
            rc.response().setStatusCode(rc.queryParams().contains("failed") ? 200 : 404);
        }
        kit.render(rc, m, m.t("confirmEmail.title"), "confirm-email.jte", new PageModels.ConfirmAddress(m, kit.csrf(rc),
                done == null && !failed ? token : null, new PageModels.Outcome(failed ? m.t("confirmEmail.failed") : null, done)));
    }

    private void confirm(RoutingContext rc) {
        if (!kit.security().csrfValid(rc)) {
            Problems.send(rc, ErrorCode.CSRF_REJECTED, "This form has expired. Go back, reload the page and try again.");
            return;
        }
        boolean confirmed = mail.confirm(Calls.requestId(rc), rc.request().getFormAttribute("token"));
        Views.redirect(rc, confirmed ? "/account/confirm-email?done=address-confirmed" : "/account/confirm-email?failed=1");
    }
}
