package org.hearth.tenants.billing.usage;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;

/**
 * Declared transactions ({@code POST /api/v1/tenant/transactions}): under one of the tenant's live
 * agreements, once per external reference (409 for a second), idempotent by key like deliveries
 * (the same key and body answer the first answer; the same key with another body, 422). The
 * transaction and its {@code transaction_value} usage commit together.
 */
public final class TransactionService {

    /** The answer: the transaction, and whether it repeats an earlier answer. */
    public record Outcome(DeclaredTransaction transaction, boolean replayed) {
    }

    private final Db db;
    private final TenantAgreements agreements;
    private final UsageMeter meter;
    private final LookupKey lookupKey;
    private final Clock clock;
    private final TransactionRepository transactions = new TransactionRepository();

    public TransactionService(Db db, TenantAgreements agreements, UsageMeter meter, LookupKey lookupKey, Clock clock) {
        this.db = db;
        this.agreements = agreements;
        this.meter = meter;
        this.lookupKey = lookupKey;
        this.clock = clock;
    }

    public Outcome declare(CallContext ctx, TenantScope scope, String idempotencyKey, DeclaredTransaction.New declared) {
        byte[] keyHash = lookupKey.mac("transaction-key", encode(scope.tenantId().toString(), idempotencyKey));
        byte[] digest = lookupKey.mac("transaction-request", encode(scope.tenantId().toString(), declared.agreementId().toString(),
                declared.value().amount().toPlainString(), declared.value().currency().getCurrencyCode(), declared.externalReference()));
        Optional<TransactionRepository.Stored> first = db.read(scope, "transactions.by_key", dsl -> transactions.byKey(dsl, scope, keyHash));
        if (first.isPresent()) {
            return replay(first.get(), digest);
        }
        Agreement agreement = agreements.agreementForTenant(scope, declared.agreementId())
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no agreement with this id."));
        switch (agreement.status(OffsetDateTime.now(clock))) {
            case REVOKED -> throw new HearthException(ErrorCode.AGREEMENT_REVOKED, "The individual revoked this agreement; nothing was declared.");
            case EXPIRED -> throw new HearthException(ErrorCode.AGREEMENT_EXPIRED, "This agreement has expired; nothing was declared.");
            case ACTIVE -> {
            }
        }
        try {
            return new Outcome(db.write(ctx, scope, tx -> {
                if (transactions.referenceTaken(tx, scope, declared.externalReference())) {
                    throw referenceTaken();
                }
                DeclaredTransaction stored = transactions.insert(tx, scope, Ids.newId(), declared, keyHash, digest);
                meter.transaction(tx, scope.tenantId(), declared.agreementId(), declared.value().amount());
                return stored;
            }), false);
        } catch (TransactionRepository.Raced raced) {
            // A concurrent declaration committed first: with the same key, answer as it did; else the reference is taken.
            return db.read(scope, "transactions.by_key", dsl -> transactions.byKey(dsl, scope, keyHash)).map(s -> replay(s, digest))
                    .orElseThrow(TransactionService::referenceTaken);
        }
    }

    private static Outcome replay(TransactionRepository.Stored first, byte[] digest) {
        if (!MessageDigest.isEqual(first.requestDigest(), digest)) {
            throw new HearthException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different transaction; nothing was declared. Use a new key for a new transaction.");
        }
        return new Outcome(first.transaction(), true);
    }

    private static HearthException referenceTaken() {
        return new HearthException(ErrorCode.CONFLICT, "A transaction with this externalReference was already declared; nothing was declared.");
    }

    private static byte[] encode(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : fields) {
            byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
