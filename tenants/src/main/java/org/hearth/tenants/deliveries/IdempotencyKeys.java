package org.hearth.tenants.deliveries;

import static org.hearth.schema.generated.tenants.Tables.IDEMPOTENCY_KEYS;

import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.db.Db;
import org.jooq.DSLContext;

/** The first answer to each (tenant, Idempotency-Key), saved in the same commit as the work it describes. */
final class IdempotencyKeys {

    record Answer(int status, String body) {
    }

    private final Db db;

    IdempotencyKeys(Db db) {
        this.db = db;
    }

    Optional<Answer> find(UUID tenantId, String key) {
        return db.read("idempotency.find", dsl -> dsl.select(IDEMPOTENCY_KEYS.STATUS, IDEMPOTENCY_KEYS.RESPONSE).from(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.TENANT_ID.eq(tenantId).and(IDEMPOTENCY_KEYS.KEY.eq(key)))
                .fetchOptional(r -> new Answer(r.value1(), r.value2())));
    }

    void save(DSLContext tx, UUID tenantId, String key, String operation, Answer answer) {
        tx.insertInto(IDEMPOTENCY_KEYS).set(IDEMPOTENCY_KEYS.TENANT_ID, tenantId).set(IDEMPOTENCY_KEYS.KEY, key)
                .set(IDEMPOTENCY_KEYS.OPERATION, operation).set(IDEMPOTENCY_KEYS.STATUS, answer.status()).set(IDEMPOTENCY_KEYS.RESPONSE, answer.body())
                .execute();
    }
}
