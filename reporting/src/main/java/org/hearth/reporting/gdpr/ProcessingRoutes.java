package org.hearth.reporting.gdpr;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.pages.Messages;

/** {@code GET /api/v1/operator/gdpr/processing-activities}: the Article 30 record as JSON, for operators. */
public final class ProcessingRoutes implements ApiRoutes {

    private final ProcessingRecord record;

    public ProcessingRoutes(ProcessingRecord record) {
        this.record = record;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getProcessingActivities", this::get);
    }

    private void get(RoutingContext rc) {
        rc.response().putHeader("Cache-Control", "no-store");
        Api.json(rc, 200, json(record.register(Calls.context(rc)), new Words(Messages.of("en"))));
    }

    static JsonObject json(ProcessingRecord.Register r, Words w) {
        Messages m = w.m();
        Controller c = r.controller();
        JsonArray activities = new JsonArray();
        for (ProcessingRecord.Activity a : r.activities()) {
            String k = "gdpr.ca." + a.key() + ".";
            activities.add(new JsonObject().put("activity", a.key()).put("name", m.t(k + "name")).put("purposes", m.t(k + "purpose"))
                    .put("dataSubjects", m.t(k + "subjects")).put("dataSubjectCount", a.subjects()).put("dataCategories", m.t(k + "categories"))
                    .put("recipients", m.t(k + "recipients")).put("lawfulBasis", m.t(k + "basis")).put("retention", m.t(k + "retention"))
                    .put("transfers", m.t("gdpr.transfers.none")));
        }
        JsonArray processor = new JsonArray();
        for (ProcessingRecord.ProcessorEntry e : r.processor()) {
            JsonArray categories = new JsonArray();
            e.categories().forEach(code -> categories.add(new JsonObject().put("code", code).put("label", w.category(code))));
            processor.add(new JsonObject().put("tenantId", e.tenantId().toString()).put("tenantName", e.tenantName())
                    .put("tenantCountry", e.tenantCountry()).put("dataRequestId", e.dataRequestId().toString()).put("title", e.title())
                    .put("purpose", new JsonObject().put("code", e.purpose()).put("label", w.purpose(e.purpose())))
                    .put("dataCategories", categories).put("dataSubjects", m.t("gdpr.pa.subjects"))
                    .put("accessModes", new JsonArray(e.accessModes()))
                    .put("lawfulBasis", new JsonObject().put("code", e.lawfulBasis()).put("label", w.basis(e.lawfulBasis())))
                    .put("retentionDays", e.retentionDays()).put("retention", w.retention(e.retentionDays()))
                    .put("agreementDays", e.durationDays())
                    .put("recipients", new JsonArray().add(e.tenantName()))
                    .put("transfers", e.transfer() ? m.t("gdpr.transfers.to", w.country(e.tenantCountry())) : m.t("gdpr.transfers.none"))
                    .put("open", e.open()).put("liveAgreements", e.liveAgreements()));
        }
        JsonArray measures = new JsonArray();
        ProcessingRecord.SECURITY_MEASURES.forEach(k -> measures.add(m.t("gdpr.measure." + k)));
        return new JsonObject().put("generatedAt", r.generatedAt().toString())
                .put("controller", new JsonObject().put("name", c.name()).put("address", c.address()).put("country", c.country()).put("email", c.email())
                        .put("dataProtectionOfficer", c.dataProtectionOfficer()))
                .put("controllerActivities", activities).put("processorActivities", processor).put("securityMeasures", measures);
    }
}
