package org.hearth.tenants.verification;

import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The verification columns of {@code tenants.tenants}; read and written under the system scope (staff look across tenants). */
final class VerificationRepository {

    List<Organisation> all(DSLContext dsl) {
        return dsl.selectFrom(TENANTS_).orderBy(TENANTS_.NAME, TENANTS_.ID).fetch(VerificationRepository::organisation);
    }

    Optional<Organisation> one(DSLContext dsl, UUID id) {
        return dsl.selectFrom(TENANTS_).where(TENANTS_.ID.eq(id)).fetchOptional(VerificationRepository::organisation);
    }

    boolean verify(DSLContext tx, UUID id, UUID staffId, String evidence) {
        return tx.update(TENANTS_).set(TENANTS_.VERIFIED_AT, DSL.currentOffsetDateTime()).set(TENANTS_.VERIFIED_BY, staffId)
                .set(TENANTS_.VERIFICATION_EVIDENCE, evidence).where(TENANTS_.ID.eq(id)).execute() == 1;
    }

    boolean withdraw(DSLContext tx, UUID id) {
        return tx.update(TENANTS_).setNull(TENANTS_.VERIFIED_AT).setNull(TENANTS_.VERIFIED_BY).setNull(TENANTS_.VERIFICATION_EVIDENCE)
                .where(TENANTS_.ID.eq(id)).and(TENANTS_.VERIFIED_AT.isNotNull()).execute() == 1;
    }

    private static Organisation organisation(Record r) {
        return new Organisation(r.get(TENANTS_.ID), r.get(TENANTS_.NAME), r.get(TENANTS_.KIND), r.get(TENANTS_.STATUS), r.get(TENANTS_.CREATED_AT),
                r.get(TENANTS_.VERIFIED_AT), r.get(TENANTS_.VERIFICATION_EVIDENCE));
    }
}
