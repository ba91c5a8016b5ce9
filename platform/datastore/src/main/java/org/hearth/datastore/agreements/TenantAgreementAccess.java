package org.hearth.datastore.agreements;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementExpired;
import org.hearth.datastore.AttributeSigner;
import org.hearth.datastore.Record;
import org.hearth.datastore.TenantAgreements;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.accesslog.GroupCommitLog;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The organisation's reads and deliveries under its agreements: every query confined to the
 * tenant's scope, each access on the individual's access log before anything leaves.
 */
public final class TenantAgreementAccess implements TenantAgreements {

    private final Db db;
    private final AccessLog log;
    private final GroupCommitLog hotLog;
    private final RecordService records;
    private final Clock clock;
    private final AgreementRepository repository = new AgreementRepository();

    private final AgreementMail mail;

    public TenantAgreementAccess(Db db, AccessLog log, GroupCommitLog hotLog, RecordService records, Clock clock,
                                 org.hearth.datastore.IndividualMail mail) {
        this.mail = new AgreementMail(mail);
        this.db = db;
        this.log = log;
        this.hotLog = hotLog;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public List<Agreement> listForTenant(TenantScope scope) {
        return db.read(scope, "agreements.list_for_tenant", dsl -> repository.forTenant(dsl, scope));
    }

    @Override
    public java.util.Optional<Agreement> agreementForTenant(TenantScope scope, UUID agreementId) {
        return db.read(scope, "agreements.one_for_tenant", dsl -> repository.ofTenant(dsl, scope, agreementId).map(StoredAgreement::agreement));
    }

    @Override
    public java.math.BigDecimal activeAgreementDays(TenantScope scope, OffsetDateTime from, OffsetDateTime to) {
        return db.read(scope, "agreements.active_days", dsl -> repository.activeDays(dsl, scope, from, to));
    }

    @Override
    public List<java.math.BigDecimal> activeAgreementDaysPerDay(TenantScope scope, java.time.LocalDate from, java.time.LocalDate until) {
        return db.read(scope, "agreements.active_days_per_day", dsl -> repository.activeDaysPerDay(dsl, scope, from, until));
    }

    @Override
    public TenantRead readForTenant(CallContext ctx, TenantScope scope, UUID agreementId, String category, UUID after, int limit) {
        // One transaction for the agreement check and the records: a live agreement is read with
        // its records; anything else is decided outside, where an expiry may need its own commit.
        Fetched fetched = db.read(scope, "agreements.read_for_tenant", dsl -> {
            StoredAgreement stored = repository.ofTenant(dsl, scope, agreementId).orElseThrow(AgreementService::notFound);
            Agreement agreement = stored.agreement();
            refuseAggregateOnly(agreement);
            if (agreement.status(OffsetDateTime.now(clock)) != org.hearth.datastore.AgreementStatus.ACTIVE) {
                return new Fetched(stored, null, null);
            }
            if (!agreement.accessModes().contains("read")) {
                throw new HearthException(ErrorCode.OUT_OF_SCOPE, "This agreement allows delivering records, not reading them.");
            }
            List<String> categories = category == null ? agreement.categories() : List.of(category);
            if (!agreement.categories().containsAll(categories)) {
                throw new HearthException(ErrorCode.OUT_OF_SCOPE, "The agreement does not cover the category " + category + ".");
            }
            return new Fetched(stored, categories,
                    records.listInCategories(dsl, stored.individualId(), categories, after, Math.max(1, Math.min(limit, MAX_PAGE))));
        });
        Agreement agreement = fetched.stored().agreement();
        if (fetched.records() == null) {
            live(ctx, scope, agreement);
            throw new IllegalStateException("An agreement that is not active passed the liveness check");
        }
        long bytes = 0;
        for (Record r : fetched.records()) {
            bytes += utf8Length(r.dataJson());
        }
        hotLog.append(fetched.stored().individualId(), new AccessEntry.New("tenant", scope.tenantId().toString(), "read", agreementId,
                fetched.records().stream().map(Record::id).toList(), fetched.categories(), agreement.purpose()),
                new org.hearth.datastore.ReadMeter.Read(scope.tenantId(), agreementId, fetched.records().size(), bytes));
        return new TenantRead(agreement, fetched.records());
    }

    /**
     * A pilot's agreement ({@code aggregate} its only access mode) lets the partner ask questions
     * whose noisy answers reporting computes inside the platform; no record is ever read or
     * delivered under it.
     */
    static void refuseAggregateOnly(Agreement agreement) {
        if (agreement.aggregateOnly()) {
            throw new HearthException(ErrorCode.AGGREGATE_ONLY,
                    "This agreement is a pilot's: it allows aggregate questions only, never reading or delivering records.");
        }
    }

    /** The UTF-8 size of the data served, without copying it. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private record Fetched(StoredAgreement stored, List<String> categories, List<Record> records) {
    }

    @Override
    public Record deliver(CallContext ctx, TenantScope scope, UUID agreementId, Record.Content content, boolean verified, AttributeSigner signer,
                          DeliveryHook sameTransaction) {
        StoredAgreement stored = db.read(scope, "agreements.for_tenant", dsl -> repository.ofTenant(dsl, scope, agreementId)
                .map(found -> {
                    if (repository.ownerErased(dsl, found.individualId())) {
                        throw erased();
                    }
                    return found;
                })).orElseThrow(AgreementService::notFound);
        Agreement agreement = stored.agreement();
        refuseAggregateOnly(agreement);
        live(ctx, scope, agreement);
        if (!agreement.accessModes().contains("deliver")) {
            throw new HearthException(ErrorCode.OUT_OF_SCOPE, "This agreement allows reading records, not delivering them.");
        }
        if (!agreement.categories().contains(content.category())) {
            throw new HearthException(ErrorCode.OUT_OF_SCOPE, "The agreement does not cover the category " + content.category() + ".");
        }
        UUID owner = stored.individualId();
        UUID tenantId = scope.tenantId();
        return db.write(ctx, scope, tx -> {
            Record record = records.deliver(tx, owner, tenantId, content, verified ? payload -> signer.sign(tenantId, payload) : null);
            log.append(tx, owner, new AccessEntry.New("tenant", tenantId.toString(), "deliver", agreementId, List.of(record.id()),
                    List.of(content.category()), agreement.purpose()));
            sameTransaction.delivered(tx, owner, record);
            mail.delivered(tx, owner, agreement, content.title(), record.id());
            return record;
        });
    }

    @Override
    public Record asDelivered(TenantScope scope, UUID individualId, UUID recordId, Record.Content sent) {
        return db.read(scope, "agreements.as_delivered", dsl -> {
            if (repository.ownerErased(dsl, individualId)) {
                throw erased();
            }
            return records.asDelivered(dsl, individualId, scope.tenantId(), recordId, sent).orElseThrow(() -> new HearthException(ErrorCode.RECORD_DELETED,
                    "The individual has deleted the record delivered with this Idempotency-Key."));
        });
    }

    private static HearthException erased() {
        return new HearthException(ErrorCode.INDIVIDUAL_ERASED, "The individual erased their account; nothing is kept for them and nothing can be delivered.");
    }

    /** Refuses an agreement that is not live; the first request to find one ended tells its tenant (the sweep may get there first). */
    private void live(CallContext ctx, TenantScope scope, Agreement agreement) {
        switch (agreement.status(OffsetDateTime.now(clock))) {
            case REVOKED -> throw new HearthException(ErrorCode.AGREEMENT_REVOKED, "The individual revoked this agreement on " + agreement.revokedAt() + ".");
            case EXPIRED -> {
                db.write(ctx, scope, tx -> {
                    if (!repository.event(tx, agreement.id(), ConsentEvent.Kind.EXPIRED)) {
                        return null;
                    }
                    repository.ownerOf(tx, agreement.id()).ifPresent(owner -> mail.expired(tx, owner, agreement));
                    return TenantEvents.tell(tx, agreement, new AgreementExpired(agreement.id(), agreement.tenantId(), agreement.subjectId()));
                });
                throw new HearthException(ErrorCode.AGREEMENT_EXPIRED, "This agreement expired on " + agreement.expiresAt() + ".");
            }
            case ACTIVE -> {
            }
        }
    }
}
