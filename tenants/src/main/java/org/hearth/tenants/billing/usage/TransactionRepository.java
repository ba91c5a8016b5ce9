package org.hearth.tenants.billing.usage;

import static org.hearth.schema.generated.tenants.Tables.DECLARED_TRANSACTIONS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.hearth.kernel.money.Money;
import org.hearth.schema.generated.tenants.tables.records.DeclaredTransactionsRecord;
import org.jooq.DSLContext;

/** {@code tenants.declared_transactions} (jOOQ only): insert, find by key or reference, a period's. */
final class TransactionRepository {

    /** A stored transaction with the request digest its key was first used with. */
    record Stored(DeclaredTransaction transaction, byte[] requestDigest) {
    }

    Optional<Stored> byKey(DSLContext dsl, TenantScope scope, byte[] keyHash) {
        return dsl.selectFrom(DECLARED_TRANSACTIONS).where(Tenancy.owned(DECLARED_TRANSACTIONS, scope))
                .and(DECLARED_TRANSACTIONS.IDEMPOTENCY_KEY_HASH.eq(keyHash)).fetchOptional(TransactionRepository::stored);
    }

    boolean referenceTaken(DSLContext dsl, TenantScope scope, String externalReference) {
        return dsl.fetchExists(DECLARED_TRANSACTIONS, Tenancy.owned(DECLARED_TRANSACTIONS, scope)
                .and(DECLARED_TRANSACTIONS.EXTERNAL_REFERENCE.eq(externalReference)));
    }

    /** A concurrent declaration with the same key or reference committed first; the transaction that met it must end. */
    static final class Raced extends RuntimeException {
        Raced(Throwable cause) {
            super("A transaction with this key or reference was declared concurrently", cause, false, false);
        }
    }

    DeclaredTransaction insert(DSLContext tx, TenantScope scope, UUID id, DeclaredTransaction.New declared, byte[] keyHash, byte[] digest) {
        try {
            return insertRow(tx, scope, id, declared, keyHash, digest);
        } catch (org.jooq.exception.IntegrityConstraintViolationException raced) {
            throw new Raced(raced);
        }
    }

    private DeclaredTransaction insertRow(DSLContext tx, TenantScope scope, UUID id, DeclaredTransaction.New declared, byte[] keyHash, byte[] digest) {
        return stored(tx.insertInto(DECLARED_TRANSACTIONS)
                .set(DECLARED_TRANSACTIONS.ID, id)
                .set(DECLARED_TRANSACTIONS.TENANT_ID, scope.tenantId())
                .set(DECLARED_TRANSACTIONS.AGREEMENT_ID, declared.agreementId())
                .set(DECLARED_TRANSACTIONS.VALUE, declared.value().amount())
                .set(DECLARED_TRANSACTIONS.CURRENCY, declared.value().currency().getCurrencyCode())
                .set(DECLARED_TRANSACTIONS.EXTERNAL_REFERENCE, declared.externalReference())
                .set(DECLARED_TRANSACTIONS.IDEMPOTENCY_KEY_HASH, keyHash)
                .set(DECLARED_TRANSACTIONS.REQUEST_DIGEST, digest)
                .returning().fetchOne()).transaction();
    }

    /** The tenant's transactions declared in {@code [from, to)}. */
    List<DeclaredTransaction> declaredIn(DSLContext dsl, TenantScope scope, OffsetDateTime from, OffsetDateTime to) {
        return dsl.selectFrom(DECLARED_TRANSACTIONS).where(Tenancy.owned(DECLARED_TRANSACTIONS, scope))
                .and(DECLARED_TRANSACTIONS.DECLARED_AT.ge(from)).and(DECLARED_TRANSACTIONS.DECLARED_AT.lt(to))
                .fetch(r -> stored(r).transaction());
    }

    private static Stored stored(DeclaredTransactionsRecord r) {
        return new Stored(new DeclaredTransaction(r.getId(), r.getAgreementId(), Money.of(r.getValue().toPlainString(), r.getCurrency()),
                r.getExternalReference(), r.getDeclaredAt()), r.getRequestDigest());
    }
}
