package org.hearth.datastore.agreements;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.CONSENT_EVENTS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.RenderedSelect;
import org.hearth.kernel.db.Tenancy;
import org.hearth.schema.generated.datastore.tables.records.AgreementsRecord;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * Agreements and their consent events (jOOQ only). Every query names the individual it belongs
 * to, or the tenant through {@link Tenancy#owned}; the expiry sweep alone looks across all, under
 * the system scope.
 */
final class AgreementRepository {

    /** How many ended agreements one sweep step marks. */
    static final int EXPIRY_BATCH = 200;

    void insert(DSLContext tx, StoredAgreement stored) {
        Agreement a = stored.agreement();
        tx.insertInto(AGREEMENTS).set(new AgreementsRecord().setId(a.id()).setIndividualId(stored.individualId()).setTenantId(a.tenantId())
                .setDataRequestId(a.dataRequestId()).setSubjectId(a.subjectId()).setTenantName(a.tenantName()).setTitle(a.title())
                .setPurpose(a.purpose()).setCategories(a.categories().toArray(String[]::new))
                .setAccessModes(a.accessModes().toArray(String[]::new)).setLawfulBasis(a.lawfulBasis()).setPolicyUrl(a.policyUrl())
                .setRetentionDays(a.retentionDays()).setGrantedAt(a.grantedAt()).setExpiresAt(a.expiresAt())
                .setConsentRecord(JSONB.valueOf(stored.consentRecordJson())).setReceiptJws(stored.receiptJws())).execute();
        event(tx, a.id(), ConsentEvent.Kind.GIVEN);
    }

    /** Records a lifecycle event once; true when this call recorded it. */
    boolean event(DSLContext tx, UUID agreementId, ConsentEvent.Kind event) {
        return tx.insertInto(CONSENT_EVENTS).set(CONSENT_EVENTS.AGREEMENT_ID, agreementId).set(CONSENT_EVENTS.EVENT, event.stored())
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

    List<StoredAgreement> forOwner(DSLContext dsl, UUID owner) {
        return dsl.selectFrom(AGREEMENTS).where(AGREEMENTS.INDIVIDUAL_ID.eq(owner)).orderBy(AGREEMENTS.GRANTED_AT.desc())
                .fetch(AgreementRepository::stored);
    }

    Optional<StoredAgreement> ofOwner(DSLContext dsl, UUID owner, UUID id) {
        return dsl.selectFrom(AGREEMENTS).where(AGREEMENTS.INDIVIDUAL_ID.eq(owner).and(AGREEMENTS.ID.eq(id))).fetchOptional(AgreementRepository::stored);
    }

    /** On every tenant read and delivery: rendered once (RenderedSelect), bound per call. */
    private static final RenderedSelect OF_TENANT = RenderedSelect.of(
            DSL.select(AGREEMENTS.fields()).from(AGREEMENTS).where(Tenancy.ownedByPlaceholder(AGREEMENTS).and(AGREEMENTS.ID.eq(DSL.param("id", UUID.class)))));

    Optional<StoredAgreement> ofTenant(DSLContext dsl, TenantScope scope, UUID id) {
        return OF_TENANT.fetch(dsl, scope.tenantId(), id).stream().findFirst().map(r -> stored(r.into(AGREEMENTS)));
    }

    /**
     * The days each of the tenant's agreements was in force within {@code [from, to)}, summed: from
     * its grant to its revocation or expiry, whichever came first, in fractional days (seconds / 86,400).
     */
    java.math.BigDecimal activeDays(DSLContext dsl, TenantScope scope, java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        long seconds = 0;
        for (var r : overlapping(dsl, scope, from, to)) {
            seconds += seconds(r.value1(), r.value2(), r.value3(), from, to);
        }
        return days(seconds);
    }

    /**
     * {@link #activeDays} for each UTC day of {@code [from, until)}, from one query: the agreements
     * that overlap the whole range, each clipped to every day as {@code activeDays} clips it.
     */
    List<java.math.BigDecimal> activeDaysPerDay(DSLContext dsl, TenantScope scope, java.time.LocalDate from, java.time.LocalDate until) {
        java.time.OffsetDateTime start = from.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        java.time.OffsetDateTime end = until.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        var agreements = overlapping(dsl, scope, start, end);
        List<java.math.BigDecimal> days = new java.util.ArrayList<>();
        for (java.time.LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            java.time.OffsetDateTime dayStart = day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            java.time.OffsetDateTime dayEnd = dayStart.plusDays(1);
            long seconds = 0;
            for (var r : agreements) {
                if (r.value1().isBefore(dayEnd) && r.value2().isAfter(dayStart)
                        && (r.value3() == null ? r.value2() : r.value3()).isAfter(dayStart)) {
                    seconds += seconds(r.value1(), r.value2(), r.value3(), dayStart, dayEnd);
                }
            }
            days.add(days(seconds));
        }
        return days;
    }

    /** The tenant's agreements in force at some time in {@code [from, to)}: granted, expires, revoked. */
    private static org.jooq.Result<org.jooq.Record3<java.time.OffsetDateTime, java.time.OffsetDateTime, java.time.OffsetDateTime>> overlapping(
            DSLContext dsl, TenantScope scope, java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        return dsl.select(AGREEMENTS.GRANTED_AT, AGREEMENTS.EXPIRES_AT, AGREEMENTS.REVOKED_AT).from(AGREEMENTS)
                .where(Tenancy.owned(AGREEMENTS, scope)).and(AGREEMENTS.GRANTED_AT.lt(to))
                .and(DSL.coalesce(AGREEMENTS.REVOKED_AT, AGREEMENTS.EXPIRES_AT).gt(from)).and(AGREEMENTS.EXPIRES_AT.gt(from))
                .fetch();
    }

    /** The seconds of {@code [from, to)} an agreement was in force: from its grant to its revocation or expiry, whichever comes first. */
    private static long seconds(java.time.OffsetDateTime granted, java.time.OffsetDateTime expires, java.time.OffsetDateTime revoked,
                                java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        java.time.OffsetDateTime end = revoked != null && revoked.isBefore(expires) ? revoked : expires;
        java.time.OffsetDateTime start = granted.isAfter(from) ? granted : from;
        java.time.OffsetDateTime stop = end.isBefore(to) ? end : to;
        return stop.isAfter(start) ? java.time.Duration.between(start, stop).toSeconds() : 0;
    }

    private static java.math.BigDecimal days(long seconds) {
        return java.math.BigDecimal.valueOf(seconds).divide(java.math.BigDecimal.valueOf(86_400), 6, java.math.RoundingMode.HALF_UP);
    }

    /** The tenant's newest agreements (at most 500), a pilot's aggregate-only ones left out (Agreement.aggregateOnly). */
    List<Agreement> forTenant(DSLContext dsl, TenantScope scope) {
        return dsl.selectFrom(AGREEMENTS).where(Tenancy.owned(AGREEMENTS, scope))
                .and(DSL.not(AGREEMENTS.ACCESS_MODES.contains(new String[] {"aggregate"}))).orderBy(AGREEMENTS.GRANTED_AT.desc()).limit(500)
                .fetch(r -> stored(r).agreement());
    }

    boolean revoke(DSLContext tx, UUID owner, UUID id) {
        return tx.update(AGREEMENTS).set(AGREEMENTS.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(AGREEMENTS.INDIVIDUAL_ID.eq(owner).and(AGREEMENTS.ID.eq(id)).and(AGREEMENTS.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    List<ConsentEvent> events(DSLContext dsl, UUID agreementId) {
        return dsl.select(CONSENT_EVENTS.EVENT, CONSENT_EVENTS.OCCURRED_AT).from(CONSENT_EVENTS)
                .where(CONSENT_EVENTS.AGREEMENT_ID.eq(agreementId)).orderBy(CONSENT_EVENTS.OCCURRED_AT)
                .fetch(r -> new ConsentEvent(ConsentEvent.Kind.ofStored(r.value1()), r.value2()));
    }

    /**
     * Whether any agreement of any tenant is due to expire: a yes or no answered past row-level
     * security by {@code datastore.agreements_expiry_due()}, so an idle sweep opens no system scope.
     */
    boolean anyDueForExpiry(DSLContext dsl) {
        return Boolean.TRUE.equals(org.hearth.schema.generated.datastore.Routines.agreementsExpiryDue(dsl.configuration()));
    }

    /**
     * Agreements of every tenant whose end has passed and that are not yet marked expired, locked
     * for this transaction (others skip them, so two sweeps never tell a tenant twice).
     */
    List<StoredAgreement> dueForExpiry(DSLContext tx) {
        return tx.selectFrom(AGREEMENTS)
                .where(AGREEMENTS.REVOKED_AT.isNull().and(AGREEMENTS.EXPIRES_AT.le(DSL.currentOffsetDateTime()))
                        .andNotExists(DSL.selectOne().from(CONSENT_EVENTS).where(CONSENT_EVENTS.AGREEMENT_ID.eq(AGREEMENTS.ID)
                                .and(CONSENT_EVENTS.EVENT.eq(ConsentEvent.Kind.EXPIRED.stored())))))
                .limit(EXPIRY_BATCH).forUpdate().skipLocked()
                .fetch(AgreementRepository::stored);
    }

    /** How many of the tenant's agreements under the request are live at {@code now}, counting at most {@code limit}. */
    int liveUnder(DSLContext dsl, TenantScope scope, UUID requestId, java.time.OffsetDateTime now, int limit) {
        return dsl.fetchCount(dsl.selectOne().from(AGREEMENTS).where(Tenancy.owned(AGREEMENTS, scope)).and(AGREEMENTS.DATA_REQUEST_ID.eq(requestId))
                .and(AGREEMENTS.REVOKED_AT.isNull()).and(AGREEMENTS.EXPIRES_AT.gt(now)).limit(limit));
    }

    /** Brings the end of every unrevoked agreement under the request forward to {@code at} (those ending later). */
    int endBy(DSLContext tx, UUID requestId, java.time.OffsetDateTime at) {
        return tx.update(AGREEMENTS).set(AGREEMENTS.EXPIRES_AT, at)
                .where(AGREEMENTS.DATA_REQUEST_ID.eq(requestId)).and(AGREEMENTS.REVOKED_AT.isNull()).and(AGREEMENTS.EXPIRES_AT.gt(at))
                .execute();
    }

    /** The unrevoked agreements under the request that have ended by {@code at} and are not yet marked expired, locked. */
    List<StoredAgreement> endedUnmarkedUnder(DSLContext tx, UUID requestId, java.time.OffsetDateTime at) {
        return tx.selectFrom(AGREEMENTS)
                .where(AGREEMENTS.DATA_REQUEST_ID.eq(requestId)).and(AGREEMENTS.REVOKED_AT.isNull()).and(AGREEMENTS.EXPIRES_AT.le(at))
                .andNotExists(DSL.selectOne().from(CONSENT_EVENTS).where(CONSENT_EVENTS.AGREEMENT_ID.eq(AGREEMENTS.ID)
                        .and(CONSENT_EVENTS.EVENT.eq(ConsentEvent.Kind.EXPIRED.stored()))))
                .forUpdate().fetch(AgreementRepository::stored);
    }

    /**
     * Live agreements of every tenant that end within {@code warning} and whose owner was not yet
     * warned (only those that lasted longer than the warning: a week's agreement is not "ending"
     * the day it starts), locked for this transaction.
     */
    List<StoredAgreement> dueForWarning(DSLContext tx, java.time.Duration warning) {
        return tx.selectFrom(AGREEMENTS).where(warningDue(warning)).limit(EXPIRY_BATCH).forUpdate().skipLocked().fetch(AgreementRepository::stored);
    }

    boolean anyDueForWarning(DSLContext dsl, java.time.Duration warning) {
        return Boolean.TRUE.equals(org.hearth.schema.generated.datastore.Routines.agreementsWarningDue(dsl.configuration(),
                org.jooq.types.YearToSecond.valueOf(warning)));
    }

    private static org.jooq.Condition warningDue(java.time.Duration warning) {
        var interval = DSL.field("{0}::interval", Object.class, DSL.val(warning.toSeconds() + " seconds"));
        return AGREEMENTS.REVOKED_AT.isNull().and(AGREEMENTS.EXPIRY_WARNED_AT.isNull())
                .and(AGREEMENTS.EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .and(DSL.condition("{0} <= now() + {1}", AGREEMENTS.EXPIRES_AT, interval))
                .and(DSL.condition("{0} - {1} > {2}", AGREEMENTS.EXPIRES_AT, AGREEMENTS.GRANTED_AT, interval));
    }

    void markWarned(DSLContext tx, UUID id) {
        tx.update(AGREEMENTS).set(AGREEMENTS.EXPIRY_WARNED_AT, DSL.currentOffsetDateTime()).where(AGREEMENTS.ID.eq(id)).execute();
    }

    /** The owner of an agreement the scope sees. */
    Optional<UUID> ownerOf(DSLContext dsl, UUID agreementId) {
        return dsl.select(AGREEMENTS.INDIVIDUAL_ID).from(AGREEMENTS).where(AGREEMENTS.ID.eq(agreementId)).fetchOptional(AGREEMENTS.INDIVIDUAL_ID);
    }

    private static StoredAgreement stored(AgreementsRecord r) {
        Agreement agreement = new Agreement(r.getId(), r.getTenantId(), r.getTenantName(), r.getDataRequestId(), r.getSubjectId(), r.getTitle(),
                r.getPurpose(), List.of(r.getCategories()), List.of(r.getAccessModes()), r.getLawfulBasis(), r.getPolicyUrl(),
                r.getRetentionDays(), r.getGrantedAt(), r.getExpiresAt(), r.getRevokedAt());
        return new StoredAgreement(agreement, r.getIndividualId(), r.getConsentRecord().data(), r.getReceiptJws());
    }
}
