package org.hearth.datastore.accounts;

import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;

import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.tables.records.IndividualsRecord;
import org.jooq.DSLContext;

final class AccountRepository {

    boolean emailTaken(DSLContext dsl, byte[] emailHash) {
        return dsl.fetchExists(INDIVIDUALS, INDIVIDUALS.EMAIL_HASH.eq(emailHash));
    }

    IndividualsRecord insert(DSLContext dsl, UUID id, byte[] emailHash, String passwordHash) {
        return dsl.insertInto(INDIVIDUALS)
                .set(INDIVIDUALS.ID, id)
                .set(INDIVIDUALS.EMAIL_HASH, emailHash)
                .set(INDIVIDUALS.PASSWORD_HASH, passwordHash)
                .returning()
                .fetchOne();
    }

    Optional<IndividualsRecord> findActiveByEmailHash(DSLContext dsl, byte[] emailHash) {
        return dsl.selectFrom(INDIVIDUALS)
                .where(INDIVIDUALS.EMAIL_HASH.eq(emailHash).and(INDIVIDUALS.ERASED_AT.isNull()))
                .fetchOptional();
    }

    Optional<IndividualsRecord> findActive(DSLContext dsl, UUID id) {
        return dsl.selectFrom(INDIVIDUALS).where(INDIVIDUALS.ID.eq(id).and(INDIVIDUALS.ERASED_AT.isNull())).fetchOptional();
    }
}
