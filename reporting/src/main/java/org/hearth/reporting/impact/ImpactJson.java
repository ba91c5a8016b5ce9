package org.hearth.reporting.impact;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import org.hearth.kernel.money.Money;

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
                .put("revenue", amount(m.revenue())).put("costs", amount(m.costs()))));
        JsonArray years = new JsonArray();
        f.years().forEach(y -> years.add(new JsonObject().put("startsOn", y.startsOn().toString()).put("endsOn", y.endsOn().toString())
                .put("status", y.open() ? "open" : "closed").put("result", amount(y.result()))
                .put("reinvestedShare", share(y.reinvestedShare())).put("minimumShare", share(y.minimumShare()))
                .put("belowMinimum", y.belowMinimum()).put("dividendHeadroom", amount(y.dividendHeadroom()))
                .put("legalReserve", amount(y.legalReserve())).put("statutoryReserve", amount(y.statutoryReserve()))));
        JsonArray projects = new JsonArray();
        f.projects().forEach(s -> projects.add(new JsonObject().put("name", s.name())
                .put("allocated", amount(s.allocated())).put("spent", amount(s.spent()))
                .put("available", amount(s.allocated().minus(s.spent())))));
        return new JsonObject().put("legalProfile", f.legalProfile()).put("currency", f.currency())
                .put("revenue", amount(f.revenue())).put("costs", amount(f.costs()))
                .put("surplus", amount(f.surplus())).put("months", months)
                .put("revenueBySource", accounts(f.revenueBySource())).put("costsByCategory", accounts(f.costsByCategory()))
                .put("years", years).put("projects", projects);
    }

    private static String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    private static String share(BigDecimal share) {
        return share == null ? null : share.stripTrailingZeros().toPlainString();
    }

    private static JsonArray accounts(java.util.List<Finance.AccountAmount> list) {
        JsonArray out = new JsonArray();
        list.forEach(a -> out.add(new JsonObject().put("account", a.code()).put("name", a.name()).put("amount", amount(a.amount()))));
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
