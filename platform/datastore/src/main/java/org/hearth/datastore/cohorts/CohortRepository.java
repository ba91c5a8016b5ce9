package org.hearth.datastore.cohorts;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;
import static org.hearth.schema.generated.datastore.Tables.RECORD_VERSIONS;
import static org.hearth.schema.generated.keys.Tables.DATA_KEYS;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The cohort's sealed rows: one per participant, with their wrapped data key (jOOQ only). */
final class CohortRepository {

    /** A participant's latest record of the schema, still sealed, and the data key that opens it, still wrapped. */
    record Sealed(UUID individualId, UUID agreementId, UUID recordId, int version, byte[] dataCt, byte[] wrappedKey, String masterKeyId,
                  int keyVersion) {
    }

    /**
     * Every participant's row, handed to {@code each} {@code batch} rows at a time from a cursor
     * (the caller's transaction keeps it open). One agreement per individual can be live under a
     * request (agreements_one_live_per_request); DISTINCT ON keeps their most recently updated
     * record of the schema.
     */
    void stream(DSLContext dsl, UUID dataRequestId, String schema, int batch, Consumer<List<Sealed>> each) {
        // DISTINCT ON over the narrow columns only: the sealed data and the wrapped keys are joined
        // to the hundred thousand rows it keeps, not sorted with them.
        var latest = dsl.select(AGREEMENTS.INDIVIDUAL_ID, AGREEMENTS.ID.as("agreement_id"), RECORDS.ID.as("record_id"), RECORDS.VERSION)
                .distinctOn(AGREEMENTS.INDIVIDUAL_ID)
                .from(AGREEMENTS)
                .join(RECORDS).on(RECORDS.INDIVIDUAL_ID.eq(AGREEMENTS.INDIVIDUAL_ID).and(RECORDS.SCHEMA_ID.eq(schema))
                        .and(RECORDS.CATEGORY.eq(DSL.any(AGREEMENTS.CATEGORIES))))
                .where(AGREEMENTS.DATA_REQUEST_ID.eq(dataRequestId))
                .and(AGREEMENTS.REVOKED_AT.isNull())
                .and(AGREEMENTS.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .and(DSL.val("aggregate").eq(DSL.any(AGREEMENTS.ACCESS_MODES)))
                .orderBy(AGREEMENTS.INDIVIDUAL_ID, RECORDS.UPDATED_AT.desc(), RECORDS.ID.desc())
                .asTable("latest");
        var individual = latest.field(AGREEMENTS.INDIVIDUAL_ID);
        var agreement = latest.field("agreement_id", UUID.class);
        var record = latest.field("record_id", UUID.class);
        var version = latest.field(RECORDS.VERSION);
        var query = dsl.select(individual, agreement, record, version, RECORD_VERSIONS.DATA_CT, DATA_KEYS.WRAPPED_KEY, DATA_KEYS.MASTER_KEY_ID,
                        DATA_KEYS.KEY_VERSION)
                .from(latest)
                .join(RECORD_VERSIONS).on(RECORD_VERSIONS.RECORD_ID.eq(record).and(RECORD_VERSIONS.VERSION.eq(version)))
                .join(DATA_KEYS).on(DATA_KEYS.INDIVIDUAL_ID.eq(individual))
                .fetchSize(batch);
        try (var cursor = query.fetchLazy()) {
            while (cursor.hasNext()) {
                List<Sealed> rows = new ArrayList<>(batch);
                for (Record r : cursor.fetchNext(batch)) {
                    rows.add(new Sealed(r.get(individual), r.get(agreement), r.get(record), r.get(version), r.get(RECORD_VERSIONS.DATA_CT),
                            r.get(DATA_KEYS.WRAPPED_KEY), r.get(DATA_KEYS.MASTER_KEY_ID), r.get(DATA_KEYS.KEY_VERSION)));
                }
                each.accept(rows);
            }
        }
    }
}
