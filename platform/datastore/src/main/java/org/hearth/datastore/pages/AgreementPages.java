package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.RequestTerms;
import org.hearth.datastore.Categories;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import java.util.List;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /requests/{code}}: review a data request and accept or decline; {@code /account/agreements}: see and revoke. */
final class AgreementPages {

    private final Views kit;
    private final AgreementService agreements;
    private final Clock clock;
    private final java.util.function.IntSupplier minimumCohort;

    AgreementPages(Views kit, AgreementService agreements, Clock clock, java.util.function.IntSupplier minimumCohort) {
        this.kit = kit;
        this.agreements = agreements;
        this.clock = clock;
        this.minimumCohort = minimumCohort;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get("/requests/:code").handler(guard).handler(rc -> review(rc, null));
        router.post("/requests/:code/accept").handler(forms).handler(guard).handler(this::accept);
        router.post("/requests/:code/decline").handler(forms).handler(guard).handler(rc -> Views.redirect(rc, "/account/agreements?declined=1"));
        router.get("/account/agreements").handler(guard).handler(this::list);
        router.post("/account/agreements/:id/revoke").handler(forms).handler(guard).handler(this::revoke);
    }

    private void review(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        RequestTerms t = agreements.review(rc.pathParam("code"));
        List<String> categories = t.categories().stream().map(c -> Categories.label(c, m.language())).toList();
        kit.render(rc, m, m.t("request.title", t.tenantName()), "review.jte",
                new PageModels.Review(m, kit.csrf(rc), rc.pathParam("code"), t, categories, new PageModels.Outcome(error, null),
                        t.aggregateOnly() ? minimumCohort.getAsInt() : 0, t.endsAt() == null ? null
                                : m.date(t.endsAt().withOffsetSameInstant(java.time.ZoneOffset.UTC).minusNanos(1).toLocalDate())));
    }

    private void accept(RoutingContext rc) {
        try {
            agreements.accept(Calls.context(rc, "page.agreements.accept"), rc.pathParam("code"));
            Views.redirect(rc, "/account/agreements");
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            review(rc, e.detail());
        }
    }

    private void list(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PageModels.AgreementLine> lines = agreements.list(Calls.actor(rc)).stream().map(a -> {
            String status = a.status(now).wire();
            return new PageModels.AgreementLine(a, status, "active".equals(status) ? m.date(a.expiresAt()) : null);
        }).toList();
        kit.render(rc, m, m.t("agreements.title"), "agreements.jte",
                new PageModels.Agreements(m, kit.csrf(rc), rc.queryParams().contains("declined"), lines));
    }

    private void revoke(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id != null) {
            agreements.revoke(Calls.context(rc, "page.agreements.revoke"), id);
        }
        Views.redirect(rc, "/account/agreements");
    }
}
