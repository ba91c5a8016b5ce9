package org.hearth.tenants.billing.plans;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.jooq.DSLContext;

/** The shipped {@code billing/plans.json}, inserted where a plan's code is missing (and only there). */
final class PlanSeed {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PlanSeed() {
    }

    /** Inserts each shipped plan whose code is not stored, with its versions as written; how many it inserted. */
    static int insertMissing(DSLContext tx, PlanRepository repository, UUID actor) {
        JsonNode shipped = shippedDocument();
        repository.lockSeed(tx);
        Set<String> stored = new HashSet<>(repository.codes(tx));
        int inserted = 0;
        for (JsonNode plan : shipped.get("plans")) {
            String code = plan.get("code").asText();
            if (stored.contains(code) || !repository.insertPlan(tx, code, plan.get("name").get("en").asText(), plan.get("name").get("fr").asText())) {
                continue;
            }
            for (JsonNode version : plan.get("versions")) {
                repository.insertVersion(tx, code, version.get("version").asInt(), LocalDate.parse(version.get("effective_from").asText()),
                        version.get("currency").asText(), version.toString(), actor);
            }
            inserted++;
        }
        return inserted;
    }

    /** The shipped document, checked by the engine first: a broken plans.json fails the start, not a later close. */
    private static JsonNode shippedDocument() {
        try (InputStream in = PlanSeed.class.getResourceAsStream(PlanDocument.SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(PlanDocument.SHIPPED + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            PlanDocument.parse(text);
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
