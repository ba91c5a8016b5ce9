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
import org.hearth.datastore.Agreement;
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

    /** Where the agreements brought from another Hearth are read (records of their own type). */
    private final org.hearth.datastore.records.RecordService records;

    AgreementPages(Views kit, AgreementService agreements, Clock clock, java.util.function.IntSupplier minimumCohort,
                   org.hearth.datastore.records.RecordService records) {
        this.records = records;
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
        router.post("/requests/:code/decline").handler(forms).handler(guard).handler(rc -> Views.redirect(rc, "/account/agreements?done=request-declined"));
        router.get("/account/agreements").handler(guard).handler(this::list);
        router.get("/account/agreements/:id").handler(guard).handler(this::agreement);
        router.get("/account/agreements/:id/receipt.jws").handler(guard).handler(this::receiptDownload);
        router.get("/account/agreements/:id/revoke").handler(guard).handler(this::confirmRevoke);
        router.post("/account/agreements/:id/revoke").handler(forms).handler(guard).handler(this::revoke);
    }

    private void review(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        RequestTerms t = agreements.review(rc.pathParam("code"));
        kit.render(rc, m, m.t("request.title", t.tenantName()), "review.jte",
                new PageModels.Review(m, kit.csrf(rc), rc.pathParam("code"), t, new PageModels.Outcome(error, null),
                        t.aggregateOnly() ? minimumCohort.getAsInt() : 0, t.endsAt() == null ? null
                                : m.date(t.endsAt().atZoneSameInstant(m.zone()).minusNanos(1).toLocalDate())));
    }

    private void accept(RoutingContext rc) {
        try {
            var agreement = agreements.accept(Calls.context(rc, "page.agreements.accept"), rc.pathParam("code"), Messages.forRequest(rc).language());
            Views.redirect(rc, "/account/agreements/" + agreement.id() + "?done=agreement-accepted");
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
            return new PageModels.AgreementLine(a, status, "active".equals(status) ? m.date(a.expiresAt()) : null,
                    org.hearth.datastore.Dpv.label(a.purpose(), m.language()));
        }).toList();
        // Agreements brought from another Hearth's export: v2 keeps the purpose's code, v1 (earlier imports) its English label.
        List<PageModels.Option> earlier = java.util.stream.Stream.of("hearth:agreement-history/v2", "hearth:agreement-history/v1")
                .flatMap(schema -> records.list(Calls.actor(rc), null, schema, null, 200).stream())
                .map(r -> new PageModels.Option("/account/records/" + r.id(), r.title())).toList();
        kit.render(rc, m, m.t("agreements.title"), "agreements.jte", new PageModels.Agreements(m, kit.csrf(rc), Views.done(m, rc), lines, earlier));
    }

    /** The person's agreement with this id, or 404 (another person's is as absent as a missing one). */
    private Agreement owned(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        return agreements.list(Calls.actor(rc)).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new HearthException(org.hearth.kernel.error.ErrorCode.NOT_FOUND, "You have no agreement with this id."));
    }

    private void agreement(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        Agreement a = owned(rc);
        io.vertx.core.json.JsonObject receipt = new io.vertx.core.json.JsonObject(agreements.receipt(Calls.actor(rc), a.id()).receiptJson());
        String language = receipt.getString("language", "en");
        java.util.function.Function<String, PageModels.Term> term = code -> PageModels.Term.of(code, m.language());
        String status = a.status(OffsetDateTime.now(clock)).wire();
        kit.render(rc, m, m.t("agreement.title", a.tenantName()), "agreement.jte", new PageModels.AgreementView(m, kit.csrf(rc), a,
                status, term.apply(a.purpose()), term.apply(a.lawfulBasis()), a.categories().stream().map(term).toList(),
                a.accessModes().stream().map(mode -> m.t("request.access." + mode)).toList(), m.dateTime(a.grantedAt()),
                a.revokedAt() != null ? m.dateTime(a.revokedAt()) : m.dateTime(a.expiresAt()), m.t("language." + language),
                receipt.getString("consentReceiptID"), Views.done(m, rc)));
    }

    private void receiptDownload(RoutingContext rc) {
        Agreement a = owned(rc);
        rc.response().putHeader("Content-Type", "application/jose").putHeader("Cache-Control", "no-store")
                .putHeader("Content-Disposition", "attachment; filename=\"consent-receipt-" + a.id() + ".jws\"")
                .end(agreements.receipt(Calls.actor(rc), a.id()).jws());
    }

    private void confirmRevoke(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        Agreement a = owned(rc);
        List<String> consequences = a.accessModes().contains("aggregate")
                ? List.of(m.t("confirm.revoke.aggregate", a.tenantName()), m.t("confirm.revoke.final"))
                : List.of(m.t("confirm.revoke.reads", a.tenantName()), m.t("confirm.revoke.retention", a.tenantName(), a.retentionDays()),
                        m.t("confirm.revoke.final"));
        kit.render(rc, m, m.t("confirm.revoke.title"), "confirm.jte", new PageModels.Confirm(m, kit.csrf(rc),
                m.t("confirm.revoke.question", a.tenantName(), a.title()), consequences, "/account/agreements/" + a.id() + "/revoke",
                m.t("confirm.revoke.button"), "/account/agreements/" + a.id()));
    }

    private void revoke(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            Views.redirect(rc, "/account/agreements");
            return;
        }
        if (!"yes".equals(rc.request().getFormAttribute("confirmed"))) {
            Views.redirect(rc, "/account/agreements/" + id + "/revoke");
            return;
        }
        agreements.revoke(Calls.context(rc, "page.agreements.revoke"), id);
        Views.redirect(rc, "/account/agreements/" + id + "?done=agreement-revoked");
    }
}
