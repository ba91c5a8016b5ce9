package org.hearth.reporting.impact;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.status.StatusJson;

/** The wire shape of {@code GET /api/v1/reports/impact} (see openapi.yaml, ImpactReport). */
final class ImpactJson {

    private ImpactJson() {
    }

    static JsonObject of(ImpactReport.Figures f) {
        return new JsonObject()
                .put("period", new JsonObject().put("from", f.period().from().toString()).put("to", f.period().to().toString()))
                .put("finance", finance(f.finance()))
                .put("people", people(f.people()))
                .put("pilots", f.pilots());
    }

    private static JsonObject finance(Finance f) {
        JsonArray months = new JsonArray();
        f.months().forEach(m -> months.add(new JsonObject().put("month", m.month().toString())
                .put("revenue", LedgerJson.amount(m.revenue())).put("costs", LedgerJson.amount(m.costs()))));
        JsonArray years = new JsonArray();
        f.years().forEach(y -> years.add(StatusJson.of(y)));
        JsonArray projects = new JsonArray();
        f.projects().forEach(s -> projects.add(new JsonObject().put("name", s.project().name())
                .put("allocated", LedgerJson.amount(s.allocated())).put("spent", LedgerJson.amount(s.spent()))
                .put("available", LedgerJson.amount(s.available()))));
        return new JsonObject().put("legalProfile", f.legalProfile()).put("currency", f.currency())
                .put("revenue", LedgerJson.amount(f.revenue())).put("costs", LedgerJson.amount(f.costs()))
                .put("surplus", LedgerJson.amount(f.surplus())).put("months", months)
                .put("revenueBySource", accounts(f.revenueBySource())).put("costsByCategory", accounts(f.costsByCategory()))
                .put("years", years).put("projects", projects);
    }

    private static JsonArray accounts(java.util.List<Finance.AccountAmount> list) {
        JsonArray out = new JsonArray();
        list.forEach(a -> out.add(new JsonObject().put("account", a.code()).put("name", a.name()).put("amount", LedgerJson.amount(a.amount()))));
        return out;
    }

    private static JsonObject people(People p) {
        JsonArray agreements = new JsonArray();
        p.agreements().forEach(a -> agreements.add(new JsonObject().put("purpose", a.purpose()).put("status", a.status()).put("count", a.count())));
        JsonArray tenants = new JsonArray();
        p.tenants().forEach(t -> tenants.add(new JsonObject().put("kind", t.kind()).put("plan", t.plan()).put("count", t.count())));
        return new JsonObject().put("individuals", new JsonObject().put("active", p.active()).put("registered", p.registered())
                        .put("erased", p.erased()))
                .put("records", new JsonObject().put("held", p.recordsHeld()).put("delivered", p.recordsDelivered()))
                .put("consentedReads", p.consentedReads()).put("revocations", p.revocations())
                .put("erasures", new JsonObject().put("honoured", p.erasuresHonoured())
                        .put("medianHoursToHonour", p.medianHoursToHonourErasure()))
                .put("agreements", agreements).put("tenants", tenants);
    }
}
