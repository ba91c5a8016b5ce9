package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account/access-log}: who accessed what, when, under which agreement, why; and whether the log verifies. */
final class AccessLogPages {

    private final Views kit;
    private final AccessLog log;
    private final org.hearth.datastore.agreements.AgreementService agreements;
    private final org.hearth.datastore.records.RecordService records;

    AccessLogPages(Views kit, AccessLog log, org.hearth.datastore.agreements.AgreementService agreements, org.hearth.datastore.records.RecordService records) {
        this.kit = kit;
        this.log = log;
        this.agreements = agreements;
        this.records = records;
    }

    void mount(Router router) {
        router.get("/account/access-log").handler(kit.security().pageGuard(Access.INDIVIDUAL)).handler(this::page);
    }

    private void page(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        AccessLog.Verification verification = log.verify(Calls.actor(rc));
        var actor = Calls.actor(rc);
        java.util.Map<UUID, String> titles = new java.util.HashMap<>();
        records.list(actor, null, null, null, 1000).forEach(r -> titles.put(r.id(), r.title()));
        AccessLogWords words = new AccessLogWords(m, agreements.list(actor), titles);
        java.util.List<org.hearth.datastore.accesslog.AccessEntry> entries = log.list(actor, null, 1000);
        kit.render(rc, m, m.t("accessLog.title"), "access-log.jte", new PageModels.AccessLogView(m, verification,
                words.lines(entries.stream().filter(e -> !AccessLogWords.own(e)).toList()),
                words.lines(entries.stream().filter(AccessLogWords::own).toList())));
    }
}
