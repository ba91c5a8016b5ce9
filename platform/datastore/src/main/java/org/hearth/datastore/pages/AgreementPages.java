package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.RequestTerms;
import org.hearth.datastore.Categories;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /requests/{code}}: review a data request and accept or decline; {@code /account/agreements}: see and revoke. */
final class AgreementPages {

    private final PageKit kit;
    private final AgreementService agreements;
    private final Clock clock;

    AgreementPages(PageKit kit, AgreementService agreements, Clock clock) {
        this.kit = kit;
        this.agreements = agreements;
        this.clock = clock;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get("/requests/:code").handler(guard).handler(rc -> review(rc, null));
        router.post("/requests/:code/accept").handler(forms).handler(guard).handler(this::accept);
        router.post("/requests/:code/decline").handler(forms).handler(guard).handler(rc -> PageKit.redirect(rc, "/account/agreements?declined=1"));
        router.get("/account/agreements").handler(guard).handler(this::list);
        router.post("/account/agreements/:id/revoke").handler(forms).handler(guard).handler(this::revoke);
    }

    private void review(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        RequestTerms t = agreements.review(rc.pathParam("code"));
        String code = Html.esc(rc.pathParam("code"));
        StringBuilder categories = new StringBuilder("<ul>");
        t.categories().forEach(c -> categories.append("<li>").append(Html.esc(Categories.label(c, m.language()))).append("</li>"));
        categories.append("</ul>");
        StringBuilder access = new StringBuilder("<ul>");
        t.accessModes().forEach(a -> access.append("<li>").append(m.h("request.access." + a)).append("</li>"));
        access.append("</ul>");
        StringBuilder body = new StringBuilder("<h1>").append(m.h("request.title", t.tenantName())).append("</h1>")
                .append(error == null ? "" : PageKit.error(m, error))
                .append("<h2>").append(Html.esc(t.title())).append("</h2><p>").append(Html.esc(t.description())).append("</p><dl>")
                .append("<dt>").append(m.h("request.purpose")).append("</dt><dd>").append(Html.esc(t.purpose())).append("</dd>")
                .append("<dt>").append(m.h("request.categories")).append("</dt><dd>").append(categories).append("</dd>")
                .append("<dt>").append(m.h("request.access")).append("</dt><dd>").append(access).append("</dd>")
                .append("<dt>").append(m.h("request.duration")).append("</dt><dd>").append(m.h("request.duration.value", t.durationDays())).append("</dd>")
                .append("<dt>").append(m.h("request.retention")).append("</dt><dd>").append(m.h("request.retention.value", t.retentionDays())).append("</dd>")
                .append("<dt>").append(m.h("request.basis")).append("</dt><dd>").append(Html.esc(t.lawfulBasis())).append("</dd></dl>")
                .append("<p><a href=\"").append(Html.esc(t.policyUrl())).append("\" rel=\"noopener noreferrer\">").append(m.h("request.policy")).append("</a></p>");
        if (t.open()) {
            body.append("<form method=\"post\" action=\"/requests/").append(code).append("/accept\">").append(kit.csrf(rc))
                    .append("<button type=\"submit\" id=\"accept\">").append(m.h("request.accept")).append("</button></form>")
                    .append("<form method=\"post\" action=\"/requests/").append(code).append("/decline\">").append(kit.csrf(rc))
                    .append("<button type=\"submit\" id=\"decline\">").append(m.h("request.decline")).append("</button></form>");
        } else {
            body.append("<p class=\"error\" role=\"alert\">").append(m.h("request.closed")).append("</p>");
        }
        kit.render(rc, m, m.t("request.title", t.tenantName()), body.toString());
    }

    private void accept(RoutingContext rc) {
        try {
            agreements.accept(Calls.context(rc, "page.agreements.accept"), rc.pathParam("code"));
            PageKit.redirect(rc, "/account/agreements");
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            review(rc, e.detail());
        }
    }

    private void list(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        OffsetDateTime now = OffsetDateTime.now(clock);
        StringBuilder body = new StringBuilder("<h1>").append(m.h("agreements.title")).append("</h1>");
        if (rc.queryParams().contains("declined")) {
            body.append(PageKit.notice(m.t("request.declined")));
        }
        var list = agreements.list(Calls.actor(rc));
        if (list.isEmpty()) {
            body.append("<p>").append(m.h("agreements.none")).append("</p>");
        }
        body.append("<ul id=\"agreements\">");
        for (Agreement a : list) {
            String status = a.status(now).wire();
            body.append("<li><strong>").append(Html.esc(a.tenantName())).append("</strong> — ").append(Html.esc(a.title())).append(" · ")
                    .append("<span class=\"status\">").append(m.h("agreements.status." + status)).append("</span> ")
                    .append("active".equals(status) ? m.h("agreements.until", a.expiresAt().toLocalDate()) : "")
                    .append(" · <a href=\"/api/v1/me/agreements/").append(a.id())
                    .append("/receipt\">").append(m.h("agreements.receipt")).append("</a>");
            if ("active".equals(status)) {
                body.append("<form method=\"post\" action=\"/account/agreements/").append(a.id()).append("/revoke\">").append(kit.csrf(rc))
                        .append("<button type=\"submit\" aria-label=\"").append(m.h("agreements.revoke")).append(" ").append(Html.esc(a.tenantName()))
                        .append("\">").append(m.h("agreements.revoke")).append("</button></form>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        kit.render(rc, m, m.t("agreements.title"), body.toString());
    }

    private void revoke(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id != null) {
            agreements.revoke(Calls.context(rc, "page.agreements.revoke"), id);
        }
        PageKit.redirect(rc, "/account/agreements");
    }
}
