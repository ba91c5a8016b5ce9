package org.hearth.tenants.requests;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.DataRequestDirectory;
import org.hearth.datastore.RequestTerms;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;

/** Publishing, listing and closing a tenant's data requests; the directory individuals look codes up in. */
public final class DataRequestService implements DataRequestDirectory {

    /** Unambiguous characters for codes people may type (no 0/O, 1/I/L). */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final List<String> MODES = List.of("read", "deliver");
    private final SecureRandom random = new SecureRandom();
    private final Db db;
    private final DataRequestRepository repository = new DataRequestRepository();

    public DataRequestService(Db db) {
        this.db = db;
    }

    public RequestTerms publish(CallContext ctx, TenantScope scope, NewDataRequest request) {
        check(request);
        UUID id = Ids.newId();
        String code = newCode();
        db.write(ctx, scope, tx -> {
            repository.insert(tx, scope, id, code, request);
            return null;
        });
        return byCode(code).orElseThrow();
    }

    /** The tenant's own requests; the code is part of each. */
    public List<Published> list(TenantScope scope) {
        return db.read(scope, "data_requests.list", dsl -> repository.codes(dsl, scope))
                .stream().map(code -> new Published(code, byCode(code).orElseThrow())).toList();
    }

    /** A request with its invitation code (which only its tenant lists). */
    public record Published(String code, RequestTerms terms) {
    }

    public void close(CallContext ctx, TenantScope scope, UUID requestId) {
        db.write(ctx, scope, tx -> {
            if (repository.close(tx, scope, requestId) == 0) {
                throw new HearthException(ErrorCode.NOT_FOUND, "You have no data request with this id.");
            }
            return null;
        });
    }

    /**
     * A pilot's request (issue 13): its only access mode is {@code aggregate}, its agreements end at
     * {@code endsAt} at the latest, and the partner keeps nothing (retention 0) since it receives no record.
     */
    public record AggregateRequest(UUID id, String title, String purpose, String description, List<String> categories, int durationDays,
                                   String policyUrl, java.time.OffsetDateTime endsAt) {
    }

    /**
     * Publishes a pilot's request in the caller's transaction (the approval's, under the system
     * scope, so that the pilot and its request are approved together or not at all); returns its
     * invitation code. The pilot's rules were checked at its proposal.
     */
    public String publishAggregate(org.jooq.DSLContext tx, UUID tenantId, AggregateRequest r) {
        String code = newCode();
        repository.insert(tx, tenantId, r.id(), code, new NewDataRequest(r.title(), r.purpose(), r.description(), r.categories(),
                List.of("aggregate"), r.durationDays(), 0, "dpv:Consent", r.policyUrl()), r.endsAt());
        return code;
    }

    /** Closes a pilot's request to new participants, in the caller's transaction (the pilot's end). */
    public void closeAggregate(org.jooq.DSLContext tx, UUID requestId) {
        repository.closeById(tx, requestId);
    }

    /** The request an invitation code stands for, for whoever presents the code (see {@link DataRequestRepository#byPresentedCode}). */
    @Override
    public Optional<RequestTerms> byCode(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        return db.readPresenting(code.toUpperCase(java.util.Locale.ROOT), "data_requests.by_code", dsl -> repository.byPresentedCode(dsl, code));
    }

    private static void check(NewDataRequest r) {
        if (r.categories().isEmpty() || !r.categories().stream().allMatch(org.hearth.datastore.Categories::isKnown)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "categories must be known DPV personal-data categories such as dpv-pd:Address.");
        }
        if (r.accessModes().isEmpty() || !MODES.containsAll(r.accessModes())) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "accessModes must be read and/or deliver.");
        }
        if (!r.purpose().startsWith("dpv:")) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "purpose must be a W3C DPV purpose such as dpv:ServiceProvision.");
        }
        if (!org.hearth.datastore.Dpv.isKnown(r.lawfulBasis(), org.hearth.datastore.Dpv.Kind.BASIS)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "lawfulBasis must be one of the GDPR's six legal bases as a DPV term: "
                    + String.join(", ", org.hearth.datastore.Dpv.of(org.hearth.datastore.Dpv.Kind.BASIS).stream().map(org.hearth.datastore.Dpv.Term::code).toList()) + ".");
        }
        if (r.benefit() != null && r.benefit().length() > 500) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "benefit must be at most 500 characters.");
        }
        if (!r.policyUrl().startsWith("https://") && !r.policyUrl().startsWith("http://")) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "policyUrl must be an http(s) URL.");
        }
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
