package org.hearth.tenants.pilots;

import static org.hearth.schema.generated.tenants.Tables.DATA_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.PILOTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.hearth.schema.generated.tenants.Routines;
import org.hearth.schema.generated.tenants.tables.records.PilotsRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * Pilots (jOOQ only). A tenant's reads name it with {@link Tenancy#owned}; the operator's reads and
 * every change after the proposal run under the system scope. Each pilot is read with its
 * tenant's name and, once approved, its request's invitation code.
 */
final class PilotRepository {

    /** A pilot due to end: what its end needs. */
    record Ending(UUID id, UUID tenantId, String tenantName, String title, UUID dataRequestId, LocalDate endsOn) {
    }

    void insert(DSLContext tx, TenantScope scope, UUID id, NewPilot p) {
        tx.insertInto(PILOTS).set(new PilotsRecord().setId(id).setTenantId(scope.tenantId()).setTitle(p.title().strip())
                .setPurpose(p.purpose().strip()).setDescription(p.description().strip()).setCategories(p.categories().stream().distinct().toArray(String[]::new))
                .setFields(JSONB.valueOf(PilotFieldsJson.encode(p.fields()))).setTargetCohort(p.targetCohort())
                .setStartsOn(p.startsOn()).setEndsOn(p.endsOn()).setFundingAmount(p.fundingAmount()).setFundingCurrency(p.fundingCurrency())
                .setPolicyUrl(p.policyUrl().strip())).execute();
    }

    Optional<Pilot> ofTenant(DSLContext dsl, TenantScope scope, UUID id) {
        return select(dsl).where(Tenancy.owned(PILOTS, scope)).and(PILOTS.ID.eq(id)).fetchOptional(PilotRepository::pilot);
    }

    List<Pilot> forTenant(DSLContext dsl, TenantScope scope) {
        return select(dsl).where(Tenancy.owned(PILOTS, scope)).orderBy(PILOTS.CREATED_AT.desc(), PILOTS.ID).limit(500).fetch(PilotRepository::pilot);
    }

    /** Under the system scope: one pilot, locked when {@code lock} (a decision or the funding). */
    Optional<Pilot> byId(DSLContext dsl, UUID id, boolean lock) {
        var query = select(dsl).where(PILOTS.ID.eq(id));
        if (lock) {
            return query.forUpdate().of(PILOTS).fetchOptional(PilotRepository::pilot);
        }
        return query.fetchOptional(PilotRepository::pilot);
    }

    /** Under the system scope: every tenant's pilots (or those in one status), newest first. */
    List<Pilot> all(DSLContext dsl, Optional<PilotStatus> status) {
        Condition in = status.map(s -> PILOTS.STATUS.eq(s.code())).orElse(DSL.trueCondition());
        return select(dsl).where(in).orderBy(PILOTS.CREATED_AT.desc(), PILOTS.ID).limit(1000).fetch(PilotRepository::pilot);
    }

    void approve(DSLContext tx, UUID id, UUID decidedBy, OffsetDateTime at, String reason, UUID dataRequestId) {
        tx.update(PILOTS).set(PILOTS.STATUS, PilotStatus.APPROVED.code()).set(PILOTS.DECIDED_BY, decidedBy).set(PILOTS.DECIDED_AT, at)
                .set(PILOTS.DECISION_REASON, reason).set(PILOTS.DATA_REQUEST_ID, dataRequestId)
                .where(PILOTS.ID.eq(id)).and(PILOTS.STATUS.eq(PilotStatus.PROPOSED.code())).execute();
    }

    void refuse(DSLContext tx, UUID id, UUID decidedBy, OffsetDateTime at, String reason) {
        tx.update(PILOTS).set(PILOTS.STATUS, PilotStatus.REFUSED.code()).set(PILOTS.DECIDED_BY, decidedBy).set(PILOTS.DECIDED_AT, at)
                .set(PILOTS.DECISION_REASON, reason)
                .where(PILOTS.ID.eq(id)).and(PILOTS.STATUS.eq(PilotStatus.PROPOSED.code())).execute();
    }

    /** Records the funding once: false when it was recorded already. */
    boolean recordFunding(DSLContext tx, UUID id, LocalDate receivedOn, String reference) {
        return tx.update(PILOTS).set(PILOTS.FUNDING_RECEIVED_AT, receivedOn.atStartOfDay().atOffset(ZoneOffset.UTC))
                .set(PILOTS.FUNDING_REFERENCE, reference)
                .where(PILOTS.ID.eq(id)).and(PILOTS.FUNDING_RECEIVED_AT.isNull()).execute() == 1;
    }

    /** Whether any approved pilot of any tenant ended before {@code today}: a yes or no past row-level security. */
    boolean anyEndingDue(DSLContext dsl, LocalDate today) {
        return Boolean.TRUE.equals(dsl.select(Routines.pilotEndingDue(today)).fetchOne(0, Boolean.class));
    }

    /** Under the system scope: approved pilots whose last day is before {@code today}. */
    List<Ending> endingDue(DSLContext tx, LocalDate today) {
        return tx.select(PILOTS.ID, PILOTS.TENANT_ID, TENANTS_.NAME, PILOTS.TITLE, PILOTS.DATA_REQUEST_ID, PILOTS.ENDS_ON).from(PILOTS)
                .join(TENANTS_).on(TENANTS_.ID.eq(PILOTS.TENANT_ID))
                .where(PILOTS.STATUS.eq(PilotStatus.APPROVED.code())).and(PILOTS.ENDS_ON.lt(today))
                .orderBy(PILOTS.ENDS_ON, PILOTS.ID).limit(50)
                .fetch(r -> new Ending(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Marks an approved pilot ended; false when it was not approved (ended already). */
    boolean end(DSLContext tx, UUID id, OffsetDateTime at) {
        return tx.update(PILOTS).set(PILOTS.STATUS, PilotStatus.ENDED.code()).set(PILOTS.ENDED_AT, at)
                .where(PILOTS.ID.eq(id)).and(PILOTS.STATUS.eq(PilotStatus.APPROVED.code())).execute() == 1;
    }

    private static SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(PILOTS.fields()).select(TENANTS_.NAME, DATA_REQUESTS.CODE).from(PILOTS)
                .join(TENANTS_).on(TENANTS_.ID.eq(PILOTS.TENANT_ID))
                .leftJoin(DATA_REQUESTS).on(DATA_REQUESTS.ID.eq(PILOTS.DATA_REQUEST_ID));
    }

    private static Pilot pilot(Record r) {
        PilotsRecord p = r.into(PILOTS);
        NewPilot terms = new NewPilot(p.getTitle(), p.getPurpose(), p.getDescription(), List.of(p.getCategories()),
                PilotFieldsJson.decode(p.getFields().data()), p.getTargetCohort(), p.getStartsOn(), p.getEndsOn(),
                p.getFundingAmount(), p.getFundingCurrency(), p.getPolicyUrl());
        return new Pilot(p.getId(), p.getTenantId(), r.get(TENANTS_.NAME), terms, PilotStatus.fromCode(p.getStatus()).orElseThrow(),
                p.getDecisionReason(), p.getDecidedAt(), p.getDataRequestId(), r.get(DATA_REQUESTS.CODE),
                p.getFundingReceivedAt() == null ? null : p.getFundingReceivedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                p.getFundingReference(), p.getEndedAt(), p.getCreatedAt());
    }
}
