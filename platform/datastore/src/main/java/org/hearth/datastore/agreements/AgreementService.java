package org.hearth.datastore.agreements;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.accesslog.GroupCommitLog;
import org.hearth.datastore.records.Record;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.schema.generated.datastore.tables.records.AgreementsRecord;
import org.hearth.web.security.SigningKeys;
import org.jooq.impl.DSL;

/** Accepting, listing and revoking agreements; and the organisation's scoped, logged reads under them. */
public final class AgreementService {

    private final Db db;
    private final DataRequestDirectory directory;
    private final LookupKey pairwiseKey;
    private final SigningKeys signer;
    private final AccessLog log;
    private final RecordService records;
    private final Clock clock;
    private final GroupCommitLog hotLog;
    private final org.hearth.kernel.work.PollingWorker expirySweep;
    private final AgreementRepository repository = new AgreementRepository();

    public AgreementService(Db db, DataRequestDirectory directory, LookupKey pairwiseKey, SigningKeys signer, AccessLog log,
                            RecordService records, Clock clock) {
        this.db = db;
        this.directory = directory;
        this.pairwiseKey = pairwiseKey;
        this.signer = signer;
        this.log = log;
        this.records = records;
        this.clock = clock;
        this.hotLog = new GroupCommitLog(db, log);
        this.expirySweep = new org.hearth.kernel.work.PollingWorker("agreement-expiry", this::expireDue, java.time.Duration.ofSeconds(1));
    }

    /** Stops the expiry sweep, then the group-commit writer after it has written what is queued. */
    public void close() {
        expirySweep.close();
        hotLog.close();
    }

    /** Starts the sweep that marks agreements expired at their end and tells their tenants. */
    public void startExpirySweep() {
        expirySweep.start();
    }

    /** Marks a batch of agreements whose end has passed as expired (once each); returns how many. */
    public int expireDue() {
        // Row-level security fails closed: the sweep acts across tenants under the audited system
        // scope, and opens it only when the database says something is due.
        if (!Boolean.TRUE.equals(db.read("agreements.expiry_due", dsl -> dsl.select(DSL.function(DSL.name("datastore", "agreements_expiry_due"),
                Boolean.class)).fetchOne(0, Boolean.class)))) {
            return 0;
        }
        return db.system(CallContext.system("agreement-expiry"), tx -> {
            var due = tx.selectFrom(org.hearth.schema.generated.datastore.Tables.AGREEMENTS)
                    .where(org.hearth.schema.generated.datastore.Tables.AGREEMENTS.REVOKED_AT.isNull()
                            .and(org.hearth.schema.generated.datastore.Tables.AGREEMENTS.EXPIRES_AT.le(DSL.currentOffsetDateTime()))
                            .andNotExists(DSL.selectOne().from(org.hearth.schema.generated.datastore.Tables.CONSENT_EVENTS)
                                    .where(org.hearth.schema.generated.datastore.Tables.CONSENT_EVENTS.AGREEMENT_ID
                                            .eq(org.hearth.schema.generated.datastore.Tables.AGREEMENTS.ID)
                                            .and(org.hearth.schema.generated.datastore.Tables.CONSENT_EVENTS.EVENT.eq("expired")))))
                    .limit(200).forUpdate().skipLocked().fetch();
            for (AgreementsRecord row : due) {
                if (!repository.event(tx, row.getId(), "expired")) {
                    continue;
                }
                Outbox.append(tx, "agreement", row.getId().toString(), "agreement.expired", Map.of("agreementId", row.getId().toString(),
                        "tenantId", row.getTenantId().toString(), "subjectId", row.getSubjectId()));
            }
            return due.size();
        });
    }

    /**
     * The individual an owner id stands for, so that row-level security (which fails closed) shows
     * their agreements. Until this service takes the caller's own {@code Actor} and {@code CallContext}
     * (the datastore's part of issue 10), the credential is taken to be the owner's session.
     */
    public static Actor ownerActor(UUID owner) {
        return Actor.individual(owner, new Credential.Session(owner));
    }

    public static CallContext ownerContext(UUID owner, String operation) {
        return new CallContext(ownerActor(owner), operation, RequestId.generate());
    }

    /** The terms an individual reviews before accepting. */
    public RequestTerms review(String code) {
        return directory.byCode(code).orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "No data request has this invitation code."));
    }

    public Agreement accept(UUID owner, String code) {
        RequestTerms terms = review(code);
        if (!terms.open()) {
            throw new HearthException(ErrorCode.REQUEST_CLOSED, terms.tenantName() + " no longer accepts new agreements for this request.");
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime expires = now.plusDays(terms.durationDays());
        String subject = subjectId(terms.tenantId(), owner);
        String receipt = signer.signJson(ConsentDocuments.receipt(id, subject, terms, now, expires).encode(), "consent-receipt+jws");
        AgreementsRecord row = new AgreementsRecord().setId(id).setIndividualId(owner).setTenantId(terms.tenantId())
                .setDataRequestId(terms.requestId()).setSubjectId(subject).setTenantName(terms.tenantName()).setTitle(terms.title())
                .setPurpose(terms.purpose()).setCategories(terms.categories().toArray(String[]::new))
                .setAccessModes(terms.accessModes().toArray(String[]::new)).setLawfulBasis(terms.lawfulBasis()).setPolicyUrl(terms.policyUrl())
                .setRetentionDays(terms.retentionDays()).setGrantedAt(now).setExpiresAt(expires)
                .setConsentRecord(AgreementRepository.json(ConsentDocuments.record(id, owner, terms, now, expires).encode()))
                .setReceiptJws(receipt);
        db.write(ownerContext(owner, "agreements.accept"), tx -> {
            if (repository.liveExists(tx, owner, terms.requestId())) {
                throw new HearthException(ErrorCode.CONFLICT, "You already have a live agreement for this request.");
            }
            repository.insert(tx, row);
            Outbox.append(tx, "agreement", id.toString(), "agreement.granted", Map.of("agreementId", id.toString(),
                    "tenantId", terms.tenantId().toString(), "subjectId", subject, "dataRequestId", terms.requestId().toString()));
            return null;
        });
        return toAgreement(row);
    }

    public List<Agreement> list(UUID owner) {
        return db.read(ownerActor(owner), "agreements.list", dsl -> repository.forOwner(dsl, owner)).stream().map(AgreementService::toAgreement).toList();
    }

    public void revoke(UUID owner, UUID id) {
        db.write(ownerContext(owner, "agreements.revoke"), tx -> {
            AgreementsRecord row = repository.ofOwner(tx, owner, id).orElseThrow(AgreementService::notFound);
            if (!repository.revoke(tx, owner, id)) {
                throw new HearthException(ErrorCode.CONFLICT, "This agreement is already revoked.");
            }
            repository.event(tx, id, "withdrawn");
            Outbox.append(tx, "agreement", id.toString(), "agreement.revoked", Map.of("agreementId", id.toString(),
                    "tenantId", row.getTenantId().toString(), "subjectId", row.getSubjectId()));
            return null;
        });
    }

    /** The signed Kantara receipt (compact JWS) and its decoded JSON. */
    public JsonObject receipt(UUID owner, UUID id) {
        AgreementsRecord row = db.read(ownerActor(owner), "agreements.get", dsl -> repository.ofOwner(dsl, owner, id)).orElseThrow(AgreementService::notFound);
        String payload = new String(Base64.getUrlDecoder().decode(row.getReceiptJws().split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return new JsonObject().put("jws", row.getReceiptJws()).put("receipt", new JsonObject(payload));
    }

    /** The consent record with its lifecycle events and current state. */
    public JsonObject consentRecord(UUID owner, UUID id) {
        return db.read(ownerActor(owner), "agreements.consent_record", dsl -> {
            AgreementsRecord row = repository.ofOwner(dsl, owner, id).orElseThrow(AgreementService::notFound);
            JsonArray events = new JsonArray();
            repository.events(dsl, id).forEach(e -> events.add(new JsonObject().put("event", e.value1()).put("at", e.value2().toString())));
            return new JsonObject(row.getConsentRecord().data()).put("state", toAgreement(row).status(OffsetDateTime.now(clock)).equals("active")
                    ? "given" : toAgreement(row).status(OffsetDateTime.now(clock)).equals("revoked") ? "withdrawn" : "expired").put("events", events);
        });
    }

    public List<Agreement> listForTenant(UUID tenantId) {
        return db.asTenant(tenantId, "agreements.list_for_tenant", dsl -> repository.forTenant(dsl, tenantId, DSL.noCondition()))
                .stream().map(AgreementService::toAgreement).toList();
    }

    /** What an organisation reads under an agreement: the records and the agreement they came under. */
    public record TenantRead(Agreement agreement, List<Record> records) {
    }

    /**
     * The organisation's read: only its own agreement (else 404), only while live (else 403
     * agreement_revoked / agreement_expired), only categories in scope; appended to the
     * individual's access log, durably, before anything is returned.
     */
    public TenantRead readForTenant(UUID tenantId, UUID agreementId, String category) {
        return readForTenant(tenantId, agreementId, category, null, MAX_PAGE);
    }

    /** The most records one consented read returns; a tenant pages through more with {@code after}. */
    public static final int MAX_PAGE = 200;

    /**
     * One page of the records an agreement covers, after the record {@code after} (null: from the
     * start). Only the records on the page are logged as read, because only they leave.
     */
    public TenantRead readForTenant(UUID tenantId, UUID agreementId, String category, UUID after, int limit) {
        // One transaction for the agreement check and the records: a live agreement is read with
        // its records; anything else is decided outside, where an expiry may need its own commit.
        Fetched fetched = db.asTenant(tenantId, "agreements.read_for_tenant", dsl -> {
            AgreementsRecord row = repository.ofTenant(dsl, tenantId, agreementId).orElseThrow(AgreementService::notFound);
            Agreement agreement = toAgreement(row);
            if (!"active".equals(agreement.status(OffsetDateTime.now(clock)))) {
                return new Fetched(row, agreement, null, null);
            }
            if (!agreement.accessModes().contains("read")) {
                throw new HearthException(ErrorCode.OUT_OF_SCOPE, "This agreement allows delivering records, not reading them.");
            }
            List<String> categories = category == null ? agreement.categories() : List.of(category);
            if (!agreement.categories().containsAll(categories)) {
                throw new HearthException(ErrorCode.OUT_OF_SCOPE, "The agreement does not cover the category " + category + ".");
            }
            return new Fetched(row, agreement, categories,
                    records.listInCategories(dsl, row.getIndividualId(), categories, after, Math.max(1, Math.min(limit, MAX_PAGE))));
        });
        if (fetched.records() == null) {
            live(fetched.agreement(), fetched.row());
            throw new IllegalStateException("An agreement that is not active passed the liveness check");
        }
        UUID owner = fetched.row().getIndividualId();
        hotLog.append(owner, new AccessEntry.New("tenant", tenantId.toString(), "read", agreementId,
                fetched.records().stream().map(Record::id).toList(), fetched.categories(), fetched.agreement().purpose()));
        return new TenantRead(fetched.agreement(), fetched.records());
    }

    private record Fetched(AgreementsRecord row, Agreement agreement, List<String> categories, List<Record> records) {
    }

    /** Runs in the commit that stores a delivered record (the caller keeps its idempotency entry there). */
    @FunctionalInterface
    public interface DeliveryHook {
        void delivered(org.jooq.DSLContext tx, UUID individualId, Record record);
    }

    /**
     * A tenant delivers a record into the store under a live agreement that includes "deliver"
     * and the record's category; logged as an access. {@code sameTransaction} runs in the same
     * commit (the caller stores its idempotency entry there, so a retry finds it or finds nothing).
     * An individual who erased the account answers 410 individual_erased.
     */
    public Record deliver(UUID tenantId, UUID agreementId, Record.Content content, boolean verified, AttributeSigner signer,
                          DeliveryHook sameTransaction) {
        AgreementsRecord row = db.asTenant(tenantId, "agreements.for_tenant", dsl -> repository.ofTenant(dsl, tenantId, agreementId)
                .map(r -> {
                    if (repository.ownerErased(dsl, r.getIndividualId())) {
                        throw erased();
                    }
                    return r;
                })).orElseThrow(AgreementService::notFound);
        Agreement agreement = toAgreement(row);
        live(agreement, row);
        if (!agreement.accessModes().contains("deliver")) {
            throw new HearthException(ErrorCode.OUT_OF_SCOPE, "This agreement allows reading records, not delivering them.");
        }
        if (!agreement.categories().contains(content.category())) {
            throw new HearthException(ErrorCode.OUT_OF_SCOPE, "The agreement does not cover the category " + content.category() + ".");
        }
        UUID owner = row.getIndividualId();
        return db.asTenant(tenantId, "agreements.deliver", tx -> {
            Record record = records.deliver(tx, owner, tenantId, content, verified ? payload -> signer.sign(tenantId, payload) : null);
            log.append(tx, owner, new AccessEntry.New("tenant", tenantId.toString(), "deliver", agreementId, List.of(record.id()),
                    List.of(content.category()), agreement.purpose()));
            sameTransaction.delivered(tx, owner, record);
            return record;
        });
    }

    /**
     * The answer a tenant's delivery gave, rebuilt from the encrypted record for a replay of its
     * Idempotency-Key ({@code sent} is the replayed request, already proved the same as the
     * first). Reads nothing the tenant did not send itself, and logs nothing: no personal data
     * leaves that the tenant did not deliver. 410 when the individual erased the account or
     * deleted the record.
     */
    public Record asDelivered(UUID tenantId, UUID individualId, UUID recordId, Record.Content sent) {
        return db.asTenant(tenantId, "agreements.as_delivered", dsl -> {
            if (repository.ownerErased(dsl, individualId)) {
                throw erased();
            }
            return records.asDelivered(dsl, individualId, tenantId, recordId, sent).orElseThrow(() -> new HearthException(ErrorCode.RECORD_DELETED,
                    "The individual has deleted the record delivered with this Idempotency-Key."));
        });
    }

    private static HearthException erased() {
        return new HearthException(ErrorCode.INDIVIDUAL_ERASED, "The individual erased their account; nothing is kept for them and nothing can be delivered.");
    }

    private void live(Agreement agreement, AgreementsRecord row) {
        switch (agreement.status(OffsetDateTime.now(clock))) {
            case "revoked" -> throw new HearthException(ErrorCode.AGREEMENT_REVOKED, "The individual revoked this agreement on " + agreement.revokedAt() + ".");
            case "expired" -> {
                db.txRun("agreements.expire", tx -> {
                    // Only the transaction that records the event tells the tenant (the sweep may get there first).
                    if (repository.event(tx, row.getId(), "expired")) {
                        Outbox.append(tx, "agreement", row.getId().toString(), "agreement.expired", Map.of("agreementId", row.getId().toString(),
                                "tenantId", row.getTenantId().toString(), "subjectId", row.getSubjectId()));
                    }
                });
                throw new HearthException(ErrorCode.AGREEMENT_EXPIRED, "This agreement expired on " + agreement.expiresAt() + ".");
            }
            default -> {
            }
        }
    }

    /**
     * At erasure: withdraws every live agreement and returns each tenant that ever held one, with
     * the subject id it knows the individual by, so it can be asked to erase its copies.
     */
    public List<Map<String, String>> endAllForErasure(org.jooq.DSLContext tx, UUID owner) {
        List<AgreementsRecord> all = repository.forOwner(tx, owner);
        for (AgreementsRecord row : all) {
            if (row.getRevokedAt() == null && repository.revoke(tx, owner, row.getId())) {
                repository.event(tx, row.getId(), "withdrawn");
            }
        }
        return all.stream().map(r -> Map.of("tenantId", r.getTenantId().toString(), "subjectId", r.getSubjectId())).distinct().toList();
    }

    /** A pseudonym for the individual that is stable for one tenant and different for every other. */
    String subjectId(UUID tenantId, UUID individualId) {
        byte[] mac = pairwiseKey.mac("pairwise-subject", (tenantId + ":" + individualId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "ps_" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac, 18));
    }

    static Agreement toAgreement(AgreementsRecord r) {
        return new Agreement(r.getId(), r.getTenantId(), r.getTenantName(), r.getDataRequestId(), r.getSubjectId(), r.getTitle(), r.getPurpose(),
                List.of(r.getCategories()), List.of(r.getAccessModes()), r.getLawfulBasis(), r.getPolicyUrl(), r.getRetentionDays(),
                r.getGrantedAt(), r.getExpiresAt(), r.getRevokedAt());
    }

    static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no agreement with this id.");
    }
}
