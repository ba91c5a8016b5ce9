package org.hearth.tenants.requests;

import static org.hearth.schema.generated.tenants.Tables.DATA_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.DataRequestDirectory;
import org.hearth.datastore.RequestTerms;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.schema.generated.tenants.tables.records.DataRequestsRecord;

/** Publishing, listing and closing a tenant's data requests; the directory individuals look codes up in. */
public final class DataRequestService implements DataRequestDirectory {

    /** Unambiguous characters for codes people may type (no 0/O, 1/I/L). */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final List<String> MODES = List.of("read", "deliver");
    private final SecureRandom random = new SecureRandom();
    private final Db db;

    public DataRequestService(Db db) {
        this.db = db;
    }

    public RequestTerms publish(UUID tenantId, NewDataRequest request) {
        check(request);
        UUID id = Ids.newId();
        String code = newCode();
        db.asTenant(tenantId, "data_requests.publish", tx -> tx.insertInto(DATA_REQUESTS)
                .set(DATA_REQUESTS.ID, id).set(DATA_REQUESTS.TENANT_ID, tenantId).set(DATA_REQUESTS.CODE, code)
                .set(DATA_REQUESTS.TITLE, request.title().strip()).set(DATA_REQUESTS.PURPOSE, request.purpose())
                .set(DATA_REQUESTS.DESCRIPTION, request.description()).set(DATA_REQUESTS.CATEGORIES, request.categories().toArray(String[]::new))
                .set(DATA_REQUESTS.ACCESS_MODES, request.accessModes().stream().distinct().toArray(String[]::new))
                .set(DATA_REQUESTS.DURATION_DAYS, request.durationDays()).set(DATA_REQUESTS.RETENTION_DAYS, request.retentionDays())
                .set(DATA_REQUESTS.LAWFUL_BASIS, request.lawfulBasis()).set(DATA_REQUESTS.POLICY_URL, request.policyUrl())
                .execute());
        return byCode(code).orElseThrow();
    }

    /** The tenant's own requests; the code is part of each. */
    public List<Published> list(UUID tenantId) {
        return db.asTenant(tenantId, "data_requests.list", dsl -> dsl.select(DATA_REQUESTS.CODE).from(DATA_REQUESTS)
                .where(DATA_REQUESTS.TENANT_ID.eq(tenantId)).orderBy(DATA_REQUESTS.CREATED_AT.desc()).fetch(DATA_REQUESTS.CODE))
                .stream().map(code -> new Published(code, byCode(code).orElseThrow())).toList();
    }

    /** A request with its invitation code (which only its tenant lists). */
    public record Published(String code, RequestTerms terms) {
    }

    public void close(UUID tenantId, UUID requestId) {
        int closed = db.asTenant(tenantId, "data_requests.close", tx -> tx.update(DATA_REQUESTS).set(DATA_REQUESTS.STATUS, "closed")
                .where(DATA_REQUESTS.TENANT_ID.eq(tenantId).and(DATA_REQUESTS.ID.eq(requestId))).execute());
        if (closed == 0) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no data request with this id.");
        }
    }

    @Override
    public Optional<RequestTerms> byCode(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        return db.read("data_requests.by_code", dsl -> dsl.select(DATA_REQUESTS.fields()).select(TENANTS_.NAME).from(DATA_REQUESTS)
                .join(TENANTS_).on(TENANTS_.ID.eq(DATA_REQUESTS.TENANT_ID))
                .where(DATA_REQUESTS.CODE.eq(code.toUpperCase(java.util.Locale.ROOT)))
                .fetchOptional(r -> {
                    DataRequestsRecord d = r.into(DATA_REQUESTS);
                    return new RequestTerms(d.getId(), d.getTenantId(), r.get(TENANTS_.NAME), d.getTitle(), d.getPurpose(), d.getDescription(),
                            List.of(d.getCategories()), List.of(d.getAccessModes()), d.getDurationDays(), d.getRetentionDays(),
                            d.getLawfulBasis(), d.getPolicyUrl(), "open".equals(d.getStatus()));
                }));
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
