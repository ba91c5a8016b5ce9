package org.hearth.datastore;

import java.util.List;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.jooq.DSLContext;

/**
 * The organisation's side of agreements, for the tenants module: list its agreements, read a
 * store under one (scoped, live, logged first) and deliver a record into one. Every method takes
 * the {@link TenantScope} the tenant guard made, so a tenant id from a path or a body cannot reach it.
 */
public interface TenantAgreements {

    /** The most records one consented read returns; a tenant pages through more with {@code after}. */
    int MAX_PAGE = 200;

    /** The tenant's newest agreements (at most 500). */
    List<Agreement> listForTenant(TenantScope scope);

    /**
     * The agreement-days the tenant's agreements were in force within {@code [from, to)}: each from
     * its grant to its revocation or expiry, prorated to the second (six decimals). Billing's
     * {@code active_agreement_days} is computed from this, not metered per act.
     */
    java.math.BigDecimal activeAgreementDays(TenantScope scope, java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /**
     * {@link #activeAgreementDays} for each UTC day of {@code [from, until)} (element 0 is
     * {@code from}): the same figures, in one read instead of one per day (the month close asks
     * for a whole month per tenant).
     */
    default List<java.math.BigDecimal> activeAgreementDaysPerDay(TenantScope scope, java.time.LocalDate from, java.time.LocalDate until) {
        List<java.math.BigDecimal> days = new java.util.ArrayList<>();
        for (java.time.LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            days.add(activeAgreementDays(scope, day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                    day.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)));
        }
        return days;
    }

    /** One of the tenant's agreements, whatever its status; empty when it is not the tenant's. Logs nothing. */
    java.util.Optional<Agreement> agreementForTenant(TenantScope scope, UUID agreementId);

    /** What an organisation reads under an agreement: the records and the agreement they came under. */
    record TenantRead(Agreement agreement, List<Record> records) {
    }

    /**
     * One page of the records an agreement covers, after the record {@code after} (null: from the
     * start): only the tenant's own agreement (else 404), only while live (else 403
     * agreement_revoked / agreement_expired), only categories in scope; the records on the page
     * are appended to the individual's access log, durably, before anything is returned.
     */
    TenantRead readForTenant(CallContext ctx, TenantScope scope, UUID agreementId, String category, UUID after, int limit);

    /** Runs in the commit that stores a delivered record (the caller keeps its idempotency entry there). */
    @FunctionalInterface
    interface DeliveryHook {
        void delivered(DSLContext tx, UUID individualId, Record record);
    }

    /**
     * A tenant delivers a record into the store under a live agreement that includes "deliver"
     * and the record's category; logged as an access. {@code sameTransaction} runs in the same
     * commit. An individual who erased the account answers 410 individual_erased.
     */
    Record deliver(CallContext ctx, TenantScope scope, UUID agreementId, Record.Content content, boolean verified, AttributeSigner signer,
                   DeliveryHook sameTransaction);

    /**
     * The answer a tenant's delivery gave, rebuilt from the encrypted record for a replay of its
     * Idempotency-Key ({@code sent} is the replayed request). Logs nothing; 410 when the
     * individual erased the account or deleted the record.
     */
    Record asDelivered(TenantScope scope, UUID individualId, UUID recordId, Record.Content sent);
}
