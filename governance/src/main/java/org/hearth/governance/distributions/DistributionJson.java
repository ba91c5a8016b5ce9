package org.hearth.governance.distributions;

import io.vertx.core.json.JsonObject;
import java.util.Locale;
import org.hearth.governance.cic.DividendDecision;

/** The wire shapes of distributions: amounts as decimal strings. */
final class DistributionJson {

    private DistributionJson() {
    }

    /** Where a year's dividends stand after a declaration: the cap, what is declared and the headroom. */
    static JsonObject position(DividendDecision decision) {
        JsonObject out = new JsonObject().put("outcome", decision.outcome().name().toLowerCase(Locale.ROOT))
                .put("distributableProfits", decision.profits().available().amount().toPlainString());
        decision.rate().ifPresent(r -> out.put("capRate", r.toPlainString()));
        decision.cap().ifPresent(c -> out.put("cap", c.amount().toPlainString()));
        out.put("declared", decision.declaredNonExempt().amount().toPlainString())
                .put("declaredExempt", decision.declaredExempt().amount().toPlainString());
        decision.headroom().ifPresent(h -> out.put("headroom", h.amount().toPlainString()));
        return out;
    }
}
