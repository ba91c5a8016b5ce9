package org.hearth.datastore.agreements;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.CONSENT_EVENTS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.tables.records.AgreementsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/** Agreements; every query names either the individual or the tenant it belongs to. */
final class AgreementRepository {

    void insert(DSLContext tx, AgreementsRecord row) {
        tx.insertInto(AGREEMENTS).set(row).execute();
        event(tx, row.getId(), "given");
    }

    /** Records a lifecycle event once; true when this call recorded it. */
    boolean event(DSLContext tx, UUID agreementId, String event) {
        return tx.insertInto(CONSENT_EVENTS).set(CONSENT_EVENTS.AGREEMENT_ID, agreementId).set(CONSENT_EVENTS.EVENT, event)
                .onConflictDoNothing().execute() == 1;
    }

    /** True once the individual erased the account (the row is kept as a tombstone). */
    boolean ownerErased(DSLContext dsl, UUID individualId) {
        return dsl.fetchExists(INDIVIDUALS, INDIVIDUALS.ID.eq(individualId).and(INDIVIDUALS.ERASED_AT.isNotNull()));
    }

    boolean liveExists(DSLContext dsl, UUID owner, UUID requestId) {
        return dsl.fetchExists(AGREEMENTS, AGREEMENTS.INDIVIDUAL_ID.eq(owner).and(AGREEMENTS.DATA_REQUEST_ID.eq(requestId))
                .and(AGREEMENTS.REVOKED_AT.isNull()).and(AGREEMENTS.EXPIRES_AT.gt(DSL.currentOffsetDateTime())));
    }

    List<AgreementsRecord> forOwner(DSLContext dsl, UUID owner) {
        return dsl.selectFrom(AGREEMENTS).where(AGREEMENTS.INDIVIDUAL_ID.eq(owner)).orderBy(AGREEMENTS.GRANTED_AT.desc()).fetch();
    }

    Optional<AgreementsRecord> ofOwner(DSLContext dsl, UUID owner, UUID id) {
        return dsl.selectFrom(AGREEMENTS).where(AGREEMENTS.INDIVIDUAL_ID.eq(owner).and(AGREEMENTS.ID.eq(id))).fetchOptional();
    }

    Optional<AgreementsRecord> ofTenant(DSLContext dsl, UUID tenant, UUID id) {
        return dsl.selectFrom(AGREEMENTS).where(AGREEMENTS.TENANT_ID.eq(tenant).and(AGREEMENTS.ID.eq(id))).fetchOptional();
    }

    List<AgreementsRecord> forTenant(DSLContext dsl, UUID tenant, Condition extra) {
        return dsl.selectFrom(AGREEMENTS).where(AGREEMENTS.TENANT_ID.eq(tenant).and(extra)).orderBy(AGREEMENTS.GRANTED_AT.desc()).limit(500).fetch();
    }

    boolean revoke(DSLContext tx, UUID owner, UUID id) {
        return tx.update(AGREEMENTS).set(AGREEMENTS.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(AGREEMENTS.INDIVIDUAL_ID.eq(owner).and(AGREEMENTS.ID.eq(id)).and(AGREEMENTS.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    List<org.jooq.Record2<String, java.time.OffsetDateTime>> events(DSLContext dsl, UUID agreementId) {
        return dsl.select(CONSENT_EVENTS.EVENT, CONSENT_EVENTS.OCCURRED_AT).from(CONSENT_EVENTS)
                .where(CONSENT_EVENTS.AGREEMENT_ID.eq(agreementId)).orderBy(CONSENT_EVENTS.OCCURRED_AT).fetch();
    }

    static JSONB json(String value) {
        return JSONB.valueOf(value);
    }
}
