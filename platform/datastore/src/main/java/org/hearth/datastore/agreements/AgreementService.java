package org.hearth.datastore.agreements;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementGranted;
import org.hearth.datastore.AgreementRevoked;
import org.hearth.datastore.AgreementStatus;
import org.hearth.datastore.DataRequestDirectory;
import org.hearth.datastore.IndividualErased;
import org.hearth.datastore.RequestTerms;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.jooq.DSLContext;

/**
 * The individual's side of agreements: review a request, accept it, list, revoke, and read the
 * signed receipt and the consent record. Reads run under the individual's row-level view
 * ({@link Db#read(Actor, String, java.util.function.Function)}); writes are audited under the caller's context.
 */
public final class AgreementService {

    private final Db db;
    private final DataRequestDirectory directory;
    private final LookupKey pairwiseKey;
    private final ReceiptSigner signer;
    private final Clock clock;
    private final AgreementMail mail;
    private final AgreementRepository repository = new AgreementRepository();

    public AgreementService(Db db, DataRequestDirectory directory, LookupKey pairwiseKey, ReceiptSigner signer, Clock clock,
                            org.hearth.datastore.IndividualMail mail) {
        this.mail = new AgreementMail(mail);
        this.db = db;
        this.directory = directory;
        this.pairwiseKey = pairwiseKey;
        this.signer = signer;
        this.clock = clock;
    }

    /** The terms an individual reviews before accepting. */
    public RequestTerms review(String code) {
        return directory.byCode(code).orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "No data request has this invitation code."));
    }

    /** Accepts in English; see {@link #accept(CallContext, String, String)}. */
    public Agreement accept(CallContext ctx, String code) {
        return accept(ctx, code, "en");
    }

    /**
     * Accepts the request with this code: the agreement, its consent record and its signed
     * receipt, which both name {@code language}, the language the person read the terms in.
     */
    public Agreement accept(CallContext ctx, String code, String language) {
        String consentedIn = "fr".equals(language) ? "fr" : "en";
        UUID owner = ctx.actor().individualId();
        RequestTerms terms = review(code);
        if (!terms.open()) {
            throw new HearthException(ErrorCode.REQUEST_CLOSED, terms.tenantName() + " no longer accepts new agreements for this request.");
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime expires = terms.expiryFor(now);
        if (!expires.isAfter(now)) {
            throw new HearthException(ErrorCode.REQUEST_CLOSED, terms.tenantName() + "'s request has ended; it accepts no new agreements.");
        }
        String subject = subjectId(terms.tenantId(), owner);
        String receipt = signer.sign(ConsentDocuments.receipt(id, subject, terms, now, expires, consentedIn));
        Agreement agreement = new Agreement(id, terms.tenantId(), terms.tenantName(), terms.requestId(), subject, terms.title(), terms.purpose(),
                List.copyOf(terms.categories()), List.copyOf(terms.accessModes()), terms.lawfulBasis(), terms.policyUrl(), terms.retentionDays(),
                now, expires, null);
        StoredAgreement stored = new StoredAgreement(agreement, owner, ConsentDocuments.record(id, owner, terms, now, expires, consentedIn), receipt);
        db.write(ctx, tx -> {
            if (repository.liveExists(tx, owner, terms.requestId())) {
                throw new HearthException(ErrorCode.CONFLICT, "You already have a live agreement for this request.");
            }
            repository.insert(tx, stored);
            mail.granted(tx, owner, agreement);
            return TenantEvents.tell(tx, agreement, new AgreementGranted(id, terms.tenantId(), subject, terms.requestId()));
        });
        return agreement;
    }

    public List<Agreement> list(Actor individual) {
        UUID owner = individual.individualId();
        return db.read(individual, "agreements.list", dsl -> repository.forOwner(dsl, owner)).stream().map(StoredAgreement::agreement).toList();
    }

    public void revoke(CallContext ctx, UUID id) {
        UUID owner = ctx.actor().individualId();
        db.write(ctx, tx -> {
            Agreement agreement = repository.ofOwner(tx, owner, id).orElseThrow(AgreementService::notFound).agreement();
            if (!repository.revoke(tx, owner, id)) {
                throw new HearthException(ErrorCode.CONFLICT, "This agreement is already revoked.");
            }
            repository.event(tx, id, ConsentEvent.Kind.WITHDRAWN);
            mail.revoked(tx, owner, agreement);
            return TenantEvents.tell(tx, agreement, new AgreementRevoked(id, agreement.tenantId(), agreement.subjectId()));
        });
    }

    /** The signed Kantara receipt: the compact JWS and its decoded payload (a JSON document). */
    public record Receipt(String jws, String receiptJson) {
    }

    public Receipt receipt(Actor individual, UUID id) {
        UUID owner = individual.individualId();
        String jws = db.read(individual, "agreements.get", dsl -> repository.ofOwner(dsl, owner, id)).orElseThrow(AgreementService::notFound).receiptJws();
        return new Receipt(jws, new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** The consent record as given (a JSON document), its status now and its lifecycle events. */
    public record ConsentRecord(String recordJson, AgreementStatus status, List<ConsentEvent> events) {
    }

    public ConsentRecord consentRecord(Actor individual, UUID id) {
        UUID owner = individual.individualId();
        return db.read(individual, "agreements.consent_record", dsl -> {
            StoredAgreement stored = repository.ofOwner(dsl, owner, id).orElseThrow(AgreementService::notFound);
            return new ConsentRecord(stored.consentRecordJson(), stored.agreement().status(OffsetDateTime.now(clock)), repository.events(dsl, id));
        });
    }

    /**
     * At erasure, in the erasure's transaction: withdraws every live agreement and returns each
     * tenant that ever held one, with the subject id it knows the individual by, so it can be
     * asked to erase its copies.
     */
    public List<IndividualErased.Holder> endAllForErasure(DSLContext tx, UUID owner) {
        List<Agreement> all = repository.forOwner(tx, owner).stream().map(StoredAgreement::agreement).toList();
        for (Agreement agreement : all) {
            if (agreement.revokedAt() == null && repository.revoke(tx, owner, agreement.id())) {
                repository.event(tx, agreement.id(), ConsentEvent.Kind.WITHDRAWN);
            }
        }
        // a pilot's organisation is not told who left its cohort (Agreement.aggregateOnly)
        return all.stream().filter(a -> !a.aggregateOnly()).map(a -> new IndividualErased.Holder(a.tenantId(), a.subjectId())).distinct().toList();
    }

    /** A pseudonym for the individual that is stable for one tenant and different for every other. */
    String subjectId(UUID tenantId, UUID individualId) {
        byte[] mac = pairwiseKey.mac("pairwise-subject", (tenantId + ":" + individualId).getBytes(StandardCharsets.UTF_8));
        return "ps_" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, 18));
    }

    static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no agreement with this id.");
    }
}
