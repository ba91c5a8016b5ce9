package org.hearth.tenants.requests;

import static org.hearth.schema.generated.tenants.Tables.DATA_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.RequestTerms;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.hearth.schema.generated.tenants.tables.records.DataRequestsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A tenant's data requests; and the one public read, by invitation code. */
final class DataRequestRepository {

    void insert(DSLContext tx, TenantScope scope, UUID id, String code, NewDataRequest request) {
        insert(tx, scope.tenantId(), id, code, request, null);
    }

    /** {@code endsAt}: the latest end of any agreement under the request (a pilot's), or null. */
    void insert(DSLContext tx, UUID tenantId, UUID id, String code, NewDataRequest request, java.time.OffsetDateTime endsAt) {
        tx.insertInto(DATA_REQUESTS)
                .set(DATA_REQUESTS.ID, id).set(DATA_REQUESTS.TENANT_ID, tenantId).set(DATA_REQUESTS.CODE, code).set(DATA_REQUESTS.ENDS_AT, endsAt)
                .set(DATA_REQUESTS.TITLE, request.title().strip()).set(DATA_REQUESTS.PURPOSE, request.purpose())
                .set(DATA_REQUESTS.DESCRIPTION, request.description()).set(DATA_REQUESTS.CATEGORIES, request.categories().toArray(String[]::new))
                .set(DATA_REQUESTS.ACCESS_MODES, request.accessModes().stream().distinct().toArray(String[]::new))
                .set(DATA_REQUESTS.DURATION_DAYS, request.durationDays()).set(DATA_REQUESTS.RETENTION_DAYS, request.retentionDays())
                .set(DATA_REQUESTS.LAWFUL_BASIS, request.lawfulBasis()).set(DATA_REQUESTS.POLICY_URL, request.policyUrl())
                .set(DATA_REQUESTS.BENEFIT, request.benefit())
                .execute();
    }

    List<String> codes(DSLContext dsl, TenantScope scope) {
        return dsl.select(DATA_REQUESTS.CODE).from(DATA_REQUESTS).where(Tenancy.owned(DATA_REQUESTS, scope))
                .orderBy(DATA_REQUESTS.CREATED_AT.desc()).fetch(DATA_REQUESTS.CODE);
    }

    int close(DSLContext tx, TenantScope scope, UUID requestId) {
        return tx.update(DATA_REQUESTS).set(DATA_REQUESTS.STATUS, "closed")
                .where(Tenancy.owned(DATA_REQUESTS, scope).and(DATA_REQUESTS.ID.eq(requestId))).execute();
    }

    /** Closes a request by id, under the system scope (a pilot's, at the pilot's end); 0 when it was closed already. */
    int closeById(DSLContext tx, UUID requestId) {
        return tx.update(DATA_REQUESTS).set(DATA_REQUESTS.STATUS, "closed")
                .where(DATA_REQUESTS.ID.eq(requestId)).and(DATA_REQUESTS.STATUS.eq("open")).execute();
    }

    /**
     * The request with this code and its tenant's name. Whoever presents the code may read them
     * (row-level security's {@code presented_code} policy), inside {@code Db.readPresenting}.
     */
    Optional<RequestTerms> byPresentedCode(DSLContext dsl, String code) {
        String presented = code.toUpperCase(Locale.ROOT);
        // Db.readPresenting has set hearth.request_code for this read-only transaction.
        return dsl.select(DATA_REQUESTS.fields()).select(TENANTS_.NAME, TENANTS_.KIND, TENANTS_.VERIFIED_AT).from(DATA_REQUESTS)
                    .join(TENANTS_).on(TENANTS_.ID.eq(DATA_REQUESTS.TENANT_ID))
                    .where(DATA_REQUESTS.CODE.eq(presented))
                    .fetchOptional(r -> {
                        DataRequestsRecord d = r.into(DATA_REQUESTS);
                        return new RequestTerms(d.getId(), d.getTenantId(), r.get(TENANTS_.NAME), r.get(TENANTS_.KIND), d.getTitle(), d.getPurpose(), d.getDescription(),
                                List.of(d.getCategories()), List.of(d.getAccessModes()), d.getDurationDays(), d.getRetentionDays(),
                                d.getLawfulBasis(), d.getPolicyUrl(), d.getBenefit(), "open".equals(d.getStatus()), d.getEndsAt(),
                                r.get(TENANTS_.VERIFIED_AT));
                    });
    }
}
