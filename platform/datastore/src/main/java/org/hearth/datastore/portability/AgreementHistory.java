package org.hearth.datastore.portability;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.datastore.Record;
import org.hearth.datastore.records.ImportedRecord;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The agreements an export archive lists become the new store's history: one record each of type
 * {@link #SCHEMA}, naming the organisation, what it asked, why, when and how it ended, with the
 * signed consent receipt attached as it was. The agreements themselves do not carry over: the
 * organisations are another Hearth's, and must ask again here.
 */
final class AgreementHistory {

    /** v2: the purpose is kept as its DPV code, so each page shows its label in the person's language (v1 kept the English label). */
    static final String SCHEMA = "hearth:agreement-history/v2";
    private static final Set<String> STATES = Set.of("active", "revoked", "expired");

    private AgreementHistory() {
    }

    static List<ImportedRecord> records(byte[] agreementsJson) {
        if (agreementsJson == null) {
            return List.of();
        }
        JsonArray array;
        try {
            array = new JsonArray(new String(agreementsJson, StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            throw invalid("agreements.json is not a JSON array.");
        }
        List<ImportedRecord> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                JsonObject a = array.getJsonObject(i);
                String organisation = cut(a.getJsonObject("tenant").getString("name"));
                String title = cut(a.getString("title"));
                String status = a.getString("status");
                if (organisation == null || organisation.isBlank() || !STATES.contains(status)) {
                    throw invalid("agreements.json entry " + i + " names no organisation or has an unknown status.");
                }
                JsonObject data = new JsonObject().put("organisation", organisation);
                if (title != null) {
                    data.put("request", title);
                }
                if (a.getString("purpose") != null) {
                    data.put("purpose", cut(a.getString("purpose")));
                }
                data.put("grantedOn", day(a.getString("grantedAt"))).put("endsOn", day(a.getString("expiresAt"))).put("status", status);
                String ended = "revoked".equals(status) ? a.getString("revokedAt") : "expired".equals(status) ? a.getString("expiresAt") : null;
                if (ended != null) {
                    data.put("endedOn", day(ended));
                }
                JsonObject receipt = a.getJsonObject("receipt");
                String jws = receipt == null ? null : receipt.getString("jws");
                String name = title == null ? organisation : cut(organisation + " — " + title);
                out.add(new ImportedRecord(List.of(new Record.Content(SCHEMA, "dpv-pd:Preference", name, data.encode())),
                        jws == null ? null : "consent-receipt.jws", jws == null ? null : "application/jose",
                        jws == null ? null : jws.getBytes(StandardCharsets.US_ASCII)));
            } catch (ClassCastException | NullPointerException | java.time.format.DateTimeParseException e) {
                throw invalid("agreements.json entry " + i + " is not an agreement of this format.");
            }
        }
        return out;
    }

    private static String day(String instant) {
        return OffsetDateTime.parse(instant).toLocalDate().toString();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static HearthException invalid(String detail) {
        return new HearthException(ErrorCode.INVALID_ARCHIVE, detail + " Nothing was imported.");
    }
}
