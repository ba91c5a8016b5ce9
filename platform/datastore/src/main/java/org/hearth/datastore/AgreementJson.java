package org.hearth.datastore;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Wire forms of agreements and request terms, as documented in openapi.yaml. */
public final class AgreementJson {

    private AgreementJson() {
    }

    /** The individual's view: who, what, why, until when. */
    public static JsonObject forIndividual(Agreement a, Clock clock) {
        return common(a, clock).put("tenant", new JsonObject().put("id", a.tenantId().toString()).put("name", a.tenantName()))
                .put("title", a.title()).put("lawfulBasis", a.lawfulBasis()).put("policyUrl", a.policyUrl()).put("retentionDays", a.retentionDays());
    }

    /** The organisation's view: the individual only as the pairwise subject id. */
    public static JsonObject forTenant(Agreement a, Clock clock) {
        return common(a, clock).put("subjectId", a.subjectId());
    }

    private static JsonObject common(Agreement a, Clock clock) {
        return new JsonObject()
                .put("id", a.id().toString())
                .put("dataRequestId", a.dataRequestId().toString())
                .put("purpose", a.purpose())
                .put("categories", new JsonArray(a.categories()))
                .put("accessModes", new JsonArray(a.accessModes()))
                .put("status", a.status(OffsetDateTime.now(clock)).wire())
                .put("grantedAt", a.grantedAt().toString())
                .put("expiresAt", a.expiresAt().toString())
                .put("revokedAt", a.revokedAt() == null ? null : a.revokedAt().toString());
    }

    public static JsonObject terms(RequestTerms t) {
        JsonObject terms = new JsonObject()
                .put("id", t.requestId().toString())
                .put("tenant", new JsonObject().put("id", t.tenantId().toString()).put("name", t.tenantName()).put("kind", t.tenantKind())
                        .put("verifiedAt", t.tenantVerifiedAt() == null ? null : t.tenantVerifiedAt().toInstant().toString()))
                .put("title", t.title()).put("purpose", t.purpose()).put("description", t.description())
                .put("categories", new JsonArray(t.categories())).put("accessModes", new JsonArray(t.accessModes()))
                .put("durationDays", t.durationDays()).put("retentionDays", t.retentionDays())
                .put("lawfulBasis", t.lawfulBasis()).put("policyUrl", t.policyUrl()).put("open", t.open());
        // A pilot's request ends with the pilot, whenever one joins.
        if (t.benefit() != null) {
            terms.put("benefit", t.benefit());
        }
        return t.endsAt() == null ? terms : terms.put("endsAt", t.endsAt().toInstant().toString());
    }
}
