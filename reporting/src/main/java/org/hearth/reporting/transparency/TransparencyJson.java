package org.hearth.reporting.transparency;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.hearth.kernel.money.Money;

/** The report as open data JSON, in the shape {@code transparency-v1.schema.json} documents. */
final class TransparencyJson {

    private TransparencyJson() {
    }

    static JsonObject of(Report r) {
        JsonArray periods = new JsonArray();
        r.periods().forEach(p -> periods.add(period(p, r.minimumCount())));
        return new JsonObject()
                .put("schemaVersion", OpenData.SCHEMA_VERSION)
                .put("schema", OpenData.SCHEMA_PATH)
                .put("licence", new JsonObject().put("id", OpenData.LICENCE_ID).put("name", OpenData.LICENCE_NAME)
                        .put("url", OpenData.LICENCE_URL))
                .put("generatedAt", r.generatedAt().toString())
                .put("operator", new JsonObject().put("name", r.operator()).put("legalProfile", r.legalProfile()))
                .put("currency", r.currency())
                .put("minimumCount", r.minimumCount())
                .put("periods", periods);
    }

    private static JsonObject period(Report.Period p, int minimum) {
        return new JsonObject()
                .put("id", p.id()).put("from", p.from().toString()).put("to", p.to().toString()).put("closed", p.closed())
                .put("revenue", new JsonObject().put("total", money(p.revenueTotal())).put("bySource", lines(p.revenue(), "source")))
                .put("costs", new JsonObject().put("total", money(p.costsTotal())).put("byCategory", lines(p.costs(), "category")))
                .put("surplus", money(p.surplus()))
                .put("dividends", p.dividends() == null ? null : new JsonObject()
                        .put("declared", money(p.dividends().declared())).put("exempt", money(p.dividends().exempt()))
                        .put("capRate", decimal(p.dividends().capRate())).put("cap", p.dividends().cap() == null ? null : money(p.dividends().cap())))
                .put("reinvestment", p.reinvestment() == null ? null : new JsonObject()
                        .put("retained", money(p.reinvestment().retained())).put("share", decimal(p.reinvestment().share()))
                        .put("minimumShare", decimal(p.reinvestment().minimumShare()))
                        .put("projects", lines(p.reinvestment().projects(), "project")))
                .put("individualsServed", count(p.individuals(), minimum))
                .put("organisations", breakdown(p.organisations(), 2))
                .put("agreements", breakdown(p.agreements(), minimum))
                .put("pilots", count(Count.of(p.pilots()), minimum))
                .put("erasureRequestsHonoured", count(p.erasures(), minimum));
    }

    static JsonObject money(Money m) {
        return new JsonObject().put("amount", m.amount().toPlainString()).put("currency", m.currency().getCurrencyCode());
    }

    private static String decimal(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static JsonArray lines(List<Report.Line> lines, String keyName) {
        JsonArray out = new JsonArray();
        lines.forEach(l -> out.add(new JsonObject().put(keyName, l.key()).put("name", l.name()).put("amount", money(l.amount()))));
        return out;
    }

    /** A count; a suppressed one says below which figure it is, never what it is. */
    private static JsonObject count(Count c, int minimum) {
        JsonObject out = new JsonObject().put("value", c.value()).put("suppressed", c.isSuppressed());
        return c.isSuppressed() ? out.put("fewerThan", minimum) : out;
    }

    private static JsonObject breakdown(Breakdown b, int minimum) {
        JsonArray groups = new JsonArray();
        b.parts().forEach(part -> groups.add(new JsonObject().put("key", part.key()).put("count", count(part.count(), minimum))));
        return new JsonObject().put("total", count(b.total(), minimum)).put("groups", groups);
    }
}
