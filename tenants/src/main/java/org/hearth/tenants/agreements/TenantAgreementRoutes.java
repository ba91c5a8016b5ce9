package org.hearth.tenants.agreements;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;
import org.hearth.datastore.AgreementJson;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.usage.UsageLimits;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/tenant/agreements} and the scoped read {@code GET /api/v1/tenant/agreements/{id}/records}. */
public final class TenantAgreementRoutes implements ApiRoutes {

    /** Records per page when the tenant does not say. */
    static final int DEFAULT_PAGE = 50;

    private final TenantAgreements agreements;
    private final TenantCalls tenants;
    private final Clock clock;
    private final UsageLimits limits;
    private static final java.util.List<Metric> READ_METRICS = java.util.List.of(Metric.CONSENTED_READS, Metric.MEGABYTES_EXCHANGED);

    public TenantAgreementRoutes(TenantAgreements agreements, TenantCalls tenants, Clock clock, UsageLimits limits) {
        this.limits = limits;
        this.agreements = agreements;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listTenantAgreements", tenants.guarded(this::list))
                .handle("readAgreementRecords", tenants.guardedForRecords(this::read));
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        agreements.listForTenant(Calls.tenant(rc)).forEach(a -> items.add(AgreementJson.forTenant(a, clock)));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void read(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no agreement with this id.");
        }
        // The contract has checked the range (1 to 200).
        int limit = rc.queryParams().contains("limit") ? Integer.parseInt(rc.queryParams().get("limit")) : DEFAULT_PAGE;
        String afterParam = rc.queryParams().get("after");
        UUID after = afterParam == null ? null : Ids.parseOrNull(afterParam);
        if (afterParam != null && after == null) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "after must be the nextCursor of a previous page.");
        }
        // Before the read: past a hard limit nothing is read, logged or counted.
        UsageLimits.Held held = limits.take(Calls.context(rc), Calls.tenant(rc), tenants.admitted(rc).plan(), READ_METRICS);
        TenantAgreements.TenantRead read;
        try {
            read = agreements.readForTenant(Calls.context(rc), Calls.tenant(rc), id, rc.queryParams().get("category"), after, limit);
        } catch (RuntimeException refused) {
            held.giveBack();
            throw refused;
        }
        JsonArray items = new JsonArray();
        read.records().forEach(r -> items.add(new JsonObject().put("id", r.id().toString()).put("schema", r.schema())
                .put("category", r.category()).put("title", r.title()).put("data", new JsonObject(r.dataJson()))
                .put("version", r.version()).put("updatedAt", r.updatedAt().toString())));
        rc.response().putHeader("Cache-Control", "no-store");
        String nextCursor = read.records().size() == limit ? read.records().getLast().id().toString() : null;
        Api.json(rc, 200, new JsonObject().put("agreementId", id.toString()).put("subjectId", read.agreement().subjectId()).put("items", items)
                .put("nextCursor", nextCursor));
    }
}
