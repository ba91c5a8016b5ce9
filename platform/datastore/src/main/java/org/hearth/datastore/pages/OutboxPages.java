package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.datastore.mail.MailOutbox;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;

/**
 * {@code /staff/outbox}: the mail Hearth kept because no SMTP server is configured. The list names
 * no one; opening a mail to an individual is written to their access log first, so the person sees
 * that the operator read it.
 */
final class OutboxPages {

    private final Views kit;
    private final MailOutbox outbox;

    OutboxPages(Views kit, MailOutbox outbox) {
        this.kit = kit;
        this.outbox = outbox;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.OPERATOR);
        router.get("/staff/outbox").handler(guard).handler(this::list);
        router.get("/staff/outbox/:id").handler(guard).handler(this::open);
    }

    private void list(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var lines = outbox.list(Calls.context(rc, "page.staff.outbox")).stream()
                .map(e -> new PageModels.OutboxLine("/staff/outbox/" + e.id(), m.t("notifications.kind." + e.kind().stored()), e.subject(),
                        m.dateTime(e.keptAt()), m.t(e.toIndividual() ? "outbox.to.individual" : "outbox.to.address")))
                .toList();
        kit.render(rc, m, m.t("outbox.title"), "outbox.jte", new PageModels.Outbox(m, lines, outbox.active()));
    }

    private void open(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        var opened = id == null ? java.util.Optional.<MailOutbox.Opened>empty() : outbox.open(Calls.context(rc, "page.staff.outbox.open"), id);
        if (opened.isEmpty()) {
            rc.response().setStatusCode(404);
            kit.render(rc, m, m.t("outbox.gone.title"), "outbox-mail.jte", new PageModels.OutboxMail(m, null, null, null, null, null, false));
            return;
        }
        MailOutbox.Opened o = opened.get();
        kit.render(rc, m, m.t("outbox.mail.title"), "outbox-mail.jte", new PageModels.OutboxMail(m, o.to(), o.subject(), o.body(),
                m.dateTime(o.keptAt()), m.t("notifications.kind." + o.kind().stored()), o.toIndividual()));
    }
}
