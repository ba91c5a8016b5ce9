package org.hearth.tenants.billing.usage;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.billing.pricing.InvoiceDraft;
import org.hearth.tenants.billing.pricing.InvoiceLine;
import org.hearth.tenants.billing.pricing.VatLine;

/** The wire shape of a month's usage; quantities and amounts as decimal strings (never floating point). */
final class UsageJson {

    private UsageJson() {
    }

    static JsonObject of(UsageService.PeriodUsage usage) {
        JsonObject quantities = new JsonObject();
        usage.quantities().forEach((metric, quantity) -> quantities.put(metric.code(), plain(quantity)));
        return new JsonObject().put("period", usage.month().toString()).put("plan", usage.plan())
                .put("from", usage.from().toString()).put("until", usage.until().toString())
                .put("quantities", quantities).put("estimate", estimate(usage.estimate()));
    }

    private static JsonObject estimate(InvoiceDraft draft) {
        JsonArray lines = new JsonArray();
        for (InvoiceLine line : draft.lines()) {
            lines.add(new JsonObject().put("kind", line.kind().name().toLowerCase(java.util.Locale.ROOT)).put("component", line.componentCode())
                    .put("metric", line.metric().map(m -> m.code()).orElse(null)).put("quantity", plain(line.quantity()))
                    .put("freeAllowanceApplied", plain(line.freeAllowanceApplied()))
                    .put("unitPrice", line.unitPrice().map(UsageJson::plain).orElse(null)).put("amount", money(line.amount())));
        }
        JsonArray vat = new JsonArray();
        for (VatLine line : draft.vat()) {
            vat.add(new JsonObject().put("treatment", line.treatment().name().toLowerCase(java.util.Locale.ROOT)).put("country", line.country())
                    .put("ratePercent", plain(line.ratePercent())).put("base", money(line.base())).put("vat", money(line.vat())));
        }
        return new JsonObject().put("currency", draft.currency().getCurrencyCode()).put("lines", lines).put("subtotal", money(draft.subtotal()))
                .put("vat", vat).put("vatTotal", money(draft.vatTotal())).put("total", money(draft.total()));
    }

    private static String money(Money money) {
        return money.amount().toPlainString();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
