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

    AccessLogPages(Views kit, AccessLog log) {
        this.kit = kit;
        this.log = log;
    }

    void mount(Router router) {
        router.get("/account/access-log").handler(kit.security().pageGuard(Access.INDIVIDUAL)).handler(this::page);
    }

    private void page(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        AccessLog.Verification verification = log.verify(Calls.actor(rc));
        kit.render(rc, m, m.t("accessLog.title"), "access-log.jte", new PageModels.AccessLogView(m, verification, log.list(Calls.actor(rc), null, 200)));
    }
}
