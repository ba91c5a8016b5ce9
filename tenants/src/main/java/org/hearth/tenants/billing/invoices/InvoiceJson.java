package org.hearth.tenants.billing.invoices;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.hearth.kernel.money.Money;

/** The wire shapes of invoices: amounts as decimal strings with their currency, never floating point. */
final class InvoiceJson {

    private InvoiceJson() {
    }

    static JsonObject items(List<Invoice> invoices, boolean withTenant) {
        return new JsonObject().put("items", new JsonArray(invoices.stream().map(i -> {
            JsonObject json = invoice(i);
            return withTenant ? json.put("tenantId", i.tenantId().toString()) : json;
        }).toList()));
    }

    static JsonObject invoice(Invoice i) {
        JsonArray lines = new JsonArray();
        i.lines().forEach(l -> lines.add(new JsonObject().put("position", l.position()).put("kind", l.kind()).put("source", l.source())
                .put("component", l.componentCode()).put("metric", l.metric().orElse(null)).put("description", l.descriptionKey())
                .put("quantity", l.quantity().stripTrailingZeros().toPlainString())
                .put("freeAllowanceApplied", l.freeAllowanceApplied().stripTrailingZeros().toPlainString())
                .put("unitPrice", l.unitPrice().map(p -> p.stripTrailingZeros().toPlainString()).orElse(null))
                .put("amount", amount(l.amount())).put("plan", l.planCode()).put("planVersion", l.planVersion())
                .put("from", l.from().toString()).put("until", l.until().toString()).put("deducts", l.deducts().orElse(null))));
        JsonArray vat = new JsonArray();
        i.vat().forEach(v -> vat.add(new JsonObject().put("treatment", v.treatment()).put("country", v.country())
                .put("ratePercent", v.ratePercent().stripTrailingZeros().toPlainString()).put("base", amount(v.base())).put("vat", amount(v.vat()))));
        return new JsonObject().put("id", i.id().toString()).put("number", i.number()).put("kind", i.kind().code()).put("status", i.status().code())
                .put("issueDate", i.issueDate().toString()).put("dueDate", i.dueDate().toString())
                .put("period", new JsonObject().put("start", i.periodStart().toString()).put("end", i.periodEnd().toString()))
                .put("currency", i.total().currency().getCurrencyCode())
                .put("lines", lines).put("vat", vat).put("subtotal", amount(i.subtotal())).put("vatTotal", amount(i.vatTotal()))
                .put("total", amount(i.total())).put("paid", amount(i.paid())).put("credited", amount(i.credited())).put("amountDue", amount(i.amountDue()));
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
