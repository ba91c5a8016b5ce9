package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.Categories;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account/access-log}: who accessed what, when, under which agreement, why; and whether the log verifies. */
final class AccessLogPages {

    private final PageKit kit;
    private final AccessLog log;

    AccessLogPages(PageKit kit, AccessLog log) {
        this.kit = kit;
        this.log = log;
    }

    void mount(Router router) {
        router.get("/account/access-log").handler(kit.security().pageGuard(Access.INDIVIDUAL)).handler(this::page);
    }

    private void page(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        AccessLog.Verification verification = log.verify(Calls.actor(rc));
        StringBuilder body = new StringBuilder("<h1>").append(m.h("accessLog.title")).append("</h1><p>").append(m.h("accessLog.intro")).append("</p>")
                .append(verification.intact()
                        ? PageKit.notice(m.t("accessLog.intact", verification.entries()))
                        : "<p class=\"error\" role=\"alert\">" + m.h("accessLog.broken", verification.firstBrokenSeq()) + "</p>");
        var entries = log.list(Calls.actor(rc), null, 200);
        if (entries.isEmpty()) {
            body.append("<p>").append(m.h("accessLog.empty")).append("</p>");
        } else {
            body.append("<table><caption>").append(m.h("accessLog.title")).append("</caption><thead><tr><th scope=\"col\">")
                    .append(m.h("accessLog.when")).append("</th><th scope=\"col\">").append(m.h("accessLog.who")).append("</th><th scope=\"col\">")
                    .append(m.h("accessLog.what")).append("</th><th scope=\"col\">").append(m.h("accessLog.why")).append("</th></tr></thead><tbody>");
            for (AccessEntry e : entries) {
                body.append("<tr><td>").append(Html.esc(e.occurredAt().toString())).append("</td><td>").append(Html.esc(e.actorKind()))
                        .append(" ").append(Html.esc(e.actorId())).append("</td><td>").append(Html.esc(e.action())).append(" · ")
                        .append(Html.esc(String.join(", ", e.categories().stream().map(c -> Categories.label(c, m.language())).toList())))
                        .append(e.agreementId() == null ? "" : " · " + Html.esc(e.agreementId().toString()))
                        .append("</td><td>").append(Html.esc(e.reason())).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        kit.render(rc, m, m.t("accessLog.title"), body.toString());
    }
}
