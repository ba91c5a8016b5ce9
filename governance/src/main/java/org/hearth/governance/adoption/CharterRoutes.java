package org.hearth.governance.adoption;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.DatedRate;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/board/charter}: the governance parameters the software is enforcing. */
public final class CharterRoutes implements ApiRoutes {

    private final Charter charter;
    private final CharterAdoptions adoptions;

    public CharterRoutes(Charter charter, CharterAdoptions adoptions) {
        this.charter = charter;
        this.adoptions = adoptions;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getCharter", this::get);
    }

    private void get(RoutingContext rc) {
        JsonArray colleges = new JsonArray();
        charter.colleges().forEach(c -> colleges.add(new JsonObject().put("id", c.id()).put("name", c.name()).put("weight", c.weight().toPlainString())));
        Api.json(rc, 200, new JsonObject()
                .put("legalProfile", charter.legalProfile().code())
                .put("companyName", charter.companyName())
                .put("currency", charter.currency().getCurrencyCode())
                .put("financialYearStart", String.format("%02d-%02d", charter.financialYearStart().getMonthValue(), charter.financialYearStart().getDayOfMonth()))
                .put("dividendCap", rates(charter.dividendCap()))
                .put("performanceInterestCap", rates(charter.performanceInterestCap()))
                .put("colleges", colleges)
                .put("inForceSince", adoptions.inForceSince().toString()));
    }

    private static JsonArray rates(List<DatedRate> rates) {
        JsonArray out = new JsonArray();
        if (rates != null) {
            rates.forEach(r -> out.add(new JsonObject().put("from", r.from().toString()).put("rate", r.rate().toPlainString())));
        }
        return out;
    }
}
