package org.hearth.datastore;

import io.vertx.core.json.JsonObject;

/** The wire form of records, as documented in openapi.yaml. */
public final class RecordJson {

    private RecordJson() {
    }

    public static JsonObject of(Record r) {
        // An imported record's provenance is "import:<format>": kind import, and the format apart.
        JsonObject provenance = r.provenance().startsWith("import:")
                ? new JsonObject().put("kind", "import").put("format", r.provenance().substring(7))
                : new JsonObject().put("kind", r.provenance());
        if (r.provenanceTenantId() != null) {
            provenance.put("tenantId", r.provenanceTenantId().toString());
        }
        return new JsonObject()
                .put("id", r.id().toString())
                .put("schema", r.schema())
                .put("category", r.category())
                .put("title", r.title())
                .put("data", new JsonObject(r.dataJson()))
                .put("provenance", provenance)
                .put("verification", r.verificationJws() == null ? null : new JsonObject()
                        .put("tenantId", r.provenanceTenantId() == null ? null : r.provenanceTenantId().toString())
                        .put("jws", r.verificationJws())
                        .put("digest", Verification.of(r.verificationJws()).map(Verification::digest).orElse(null))
                        .put("signedVersion", Verification.of(r.verificationJws()).map(Verification::version).orElse(null))
                        .put("contentDigest", r.contentDigest())
                        .put("current", r.currentVerification().isPresent())
                        .put("jwksUrl", r.provenanceTenantId() == null ? null : "/api/v1/tenants/" + r.provenanceTenantId() + "/jwks.json")
                        .put("organisation", r.voucher() == null ? null : r.voucher().organisation())
                        .put("origin", r.voucher() == null ? null : r.voucher().origin()))
                .put("version", r.version())
                .put("createdAt", r.createdAt().toString())
                .put("updatedAt", r.updatedAt().toString())
                .put("attachment", r.attachment() == null ? null : of(r.attachment()));
    }

    public static JsonObject of(Record.Attachment a) {
        return new JsonObject().put("filename", a.filename()).put("mediaType", a.mediaType()).put("size", a.sizeBytes()).put("sha256", a.sha256());
    }

    public static JsonObject of(Record.Version v) {
        return new JsonObject()
                .put("version", v.version())
                .put("title", v.title())
                .put("data", new JsonObject(v.dataJson()))
                .put("author", new JsonObject().put("kind", v.authorKind()).put("id", v.authorId()))
                .put("createdAt", v.createdAt().toString());
    }
}
