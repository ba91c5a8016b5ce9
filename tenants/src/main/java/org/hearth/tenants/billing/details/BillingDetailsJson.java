package org.hearth.tenants.billing.details;

import io.vertx.core.json.JsonObject;
import java.util.Optional;

/** The wire shape of billing details: the body of PUT and the answer of GET and PUT. */
final class BillingDetailsJson {

    private BillingDetailsJson() {
    }

    static JsonObject of(Optional<BillingDetails> details) {
        if (details.isEmpty()) {
            return new JsonObject().put("set", false);
        }
        BillingDetails d = details.get();
        JsonObject address = new JsonObject().put("line1", d.address().line1()).put("postcode", d.address().postcode())
                .put("city", d.address().city()).put("country", d.address().country());
        d.address().line2().ifPresent(l -> address.put("line2", l));
        JsonObject json = new JsonObject().put("set", true).put("legalName", d.legalName()).put("address", address).put("billingEmail", d.billingEmail());
        d.vatNumber().ifPresent(v -> json.put("vatNumber", v));
        return json;
    }

    /** What the body says, every value a string or null (the rules check them; a wrong type is treated as missing). */
    static BillingDetailsRules.Entered entered(JsonObject body) {
        JsonObject address = body.getValue("address") instanceof JsonObject a ? a : new JsonObject();
        return new BillingDetailsRules.Entered(text(body, "legalName"), text(address, "line1"), text(address, "line2"), text(address, "postcode"),
                text(address, "city"), text(address, "country"), text(body, "vatNumber"), text(body, "billingEmail"));
    }

    private static String text(JsonObject json, String key) {
        return json.getValue(key) instanceof String s ? s : null;
    }
}
