package org.hearth.datastore.agreements;

import org.hearth.datastore.RequestTerms;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The two documents behind an agreement: the consent record the platform keeps (ISO/IEC TS
 * 27560 fields, with W3C DPV terms) and the receipt handed to the individual (Kantara Consent
 * Receipt v1.1), which the platform signs.
 */
final class ConsentDocuments {

    private ConsentDocuments() {
    }

    /** The consent record, encoded as the JSON text that is stored. */
    static String record(UUID agreementId, UUID individualId, RequestTerms terms, OffsetDateTime given, OffsetDateTime expires, String language) {
        return recordDocument(agreementId, individualId, terms, given, expires, language).encode();
    }

    /** The receipt's payload, encoded as the JSON text that is signed. */
    static String receipt(UUID agreementId, String subjectId, RequestTerms terms, OffsetDateTime given, OffsetDateTime expires, String language) {
        return receiptDocument(agreementId, subjectId, terms, given, expires, language).encode();
    }

    private static JsonObject recordDocument(UUID agreementId, UUID individualId, RequestTerms terms, OffsetDateTime given, OffsetDateTime expires,
                                             String language) {
        return new JsonObject()
                .put("schema_version", "ISO/IEC TS 27560:2023")
                .put("record_id", agreementId.toString())
                .put("pii_principal_id", individualId.toString())
                .put("notice", new JsonObject().put("policy_url", terms.policyUrl()).put("title", terms.title()).put("description", terms.description())
                        .put("language", language))
                .put("processing", new JsonObject()
                        .put("purpose", terms.purpose())
                        .put("personal_data_categories", new JsonArray(terms.categories()))
                        .put("processing_operations", new JsonArray(terms.accessModes()))
                        .put("legal_basis", terms.lawfulBasis())
                        .put("storage_duration_days_after_end", terms.retentionDays()))
                .put("controller", new JsonObject().put("id", terms.tenantId().toString()).put("name", terms.tenantName()))
                .put("consent_type", "explicit")
                .put("collection_method", "Hearth personal data store, request " + terms.requestId())
                .put("state", "given")
                .put("given_at", given.toString())
                .put("expires_at", expires.toString());
    }

    private static JsonObject receiptDocument(UUID agreementId, String subjectId, RequestTerms terms, OffsetDateTime given, OffsetDateTime expires,
                                              String language) {
        JsonObject purpose = new JsonObject()
                .put("purpose", terms.purpose())
                .put("purposeCategory", new JsonArray().add(terms.purpose()))
                .put("consentType", "EXPLICIT")
                .put("piiCategory", new JsonArray(terms.categories()))
                .put("primaryPurpose", true)
                .put("termination", "Revocable at any time by the individual; ends " + expires)
                .put("thirdPartyDisclosure", false);
        return new JsonObject()
                .put("version", "KI-CR-v1.1.0")
                .put("jurisdiction", "UK")
                .put("consentTimestamp", given.toEpochSecond())
                .put("collectionMethod", "Hearth personal data store")
                .put("consentReceiptID", agreementId.toString())
                .put("publicKey", "")
                .put("language", language)
                .put("piiPrincipalId", subjectId)
                .put("piiControllers", new JsonArray().add(new JsonObject().put("piiController", terms.tenantName())
                        .put("contact", terms.tenantName()).put("address", "").put("email", "").put("phone", "").put("piiControllerUrl", terms.policyUrl())))
                .put("policyUrl", terms.policyUrl())
                .put("services", new JsonArray().add(new JsonObject().put("service", terms.title()).put("purposes", new JsonArray().add(purpose))))
                .put("sensitive", terms.categories().contains("dpv-pd:HealthRecord"))
                .put("spiCat", new JsonArray(terms.categories().stream().filter("dpv-pd:HealthRecord"::equals).toList()));
    }
}
