package org.hearth.tenants.billing.plans;

import static org.hearth.schema.generated.tenants.Tables.PLANS;
import static org.hearth.schema.generated.tenants.Tables.PLAN_VERSIONS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/** The stored plans and their price versions. jOOQ only; every call runs under the system scope. */
final class PlanRepository {

    /** A plan row. */
    record PlanRow(String code, String nameEn, String nameFr, int position, OffsetDateTime createdAt) {
    }

    /** A version row, its document as stored (JSON text). */
    record VersionRow(String planCode, int version, LocalDate effectiveFrom, String document, OffsetDateTime createdAt, UUID createdBy) {
    }

    List<PlanRow> plans(DSLContext tx) {
        return tx.selectFrom(PLANS).orderBy(PLANS.POSITION)
                .fetch(r -> new PlanRow(r.getCode(), r.getNameEn(), r.getNameFr(), r.getPosition(), r.getCreatedAt()));
    }

    List<VersionRow> versions(DSLContext tx) {
        return tx.selectFrom(PLAN_VERSIONS).orderBy(PLAN_VERSIONS.PLAN_CODE, PLAN_VERSIONS.VERSION)
                .fetch(r -> new VersionRow(r.getPlanCode(), r.getVersion(), r.getEffectiveFrom(), r.getDocument().data(), r.getCreatedAt(),
                        r.getCreatedBy()));
    }

    /** The codes stored, for the seed. */
    List<String> codes(DSLContext tx) {
        return tx.select(PLANS.CODE).from(PLANS).fetch(PLANS.CODE);
    }

    /** Locks the plan's row, so two new versions of one plan take their numbers one after the other. */
    boolean lock(DSLContext tx, String code) {
        return tx.select(PLANS.CODE).from(PLANS).where(PLANS.CODE.eq(code)).forUpdate().fetchOptional().isPresent();
    }

    /** The plan's latest version, if it has any. */
    Optional<VersionRow> latest(DSLContext tx, String code) {
        return tx.selectFrom(PLAN_VERSIONS).where(PLAN_VERSIONS.PLAN_CODE.eq(code)).orderBy(PLAN_VERSIONS.VERSION.desc()).limit(1)
                .fetchOptional(r -> new VersionRow(r.getPlanCode(), r.getVersion(), r.getEffectiveFrom(), r.getDocument().data(),
                        r.getCreatedAt(), r.getCreatedBy()));
    }

    /**
     * Makes concurrent seeds of the shipped plans queue, for the rest of the transaction: the
     * second then sees the first's plans, instead of both taking the same position (the UNIQUE
     * (position) refused one, failing a read that only wanted the plans seeded).
     */
    void lockSeed(DSLContext tx) {
        tx.select(DSL.field("pg_advisory_xact_lock(hashtext('tenants.plan_seed'))")).fetch();
    }

    /** Adds a plan after the others; false (nothing written) when the code is taken. */
    boolean insertPlan(DSLContext tx, String code, String nameEn, String nameFr) {
        // Two operators creating plans at the same instant may both read the same last position: the
        // UNIQUE (position) refuses the second, whose transaction then rolls back (a rare retry).
        int position = tx.select(DSL.coalesce(DSL.max(PLANS.POSITION), 0)).from(PLANS).fetchSingle().value1() + 1;
        return tx.insertInto(PLANS).set(PLANS.CODE, code).set(PLANS.NAME_EN, nameEn).set(PLANS.NAME_FR, nameFr).set(PLANS.POSITION, position)
                .onConflict(PLANS.CODE).doNothing().execute() == 1;
    }

    void insertVersion(DSLContext tx, String code, int version, LocalDate from, String currency, String document, UUID createdBy) {
        tx.insertInto(PLAN_VERSIONS).set(PLAN_VERSIONS.PLAN_CODE, code).set(PLAN_VERSIONS.VERSION, version)
                .set(PLAN_VERSIONS.EFFECTIVE_FROM, from).set(PLAN_VERSIONS.CURRENCY, currency).set(PLAN_VERSIONS.DOCUMENT, JSONB.jsonb(document))
                .set(PLAN_VERSIONS.CREATED_BY, createdBy).onConflictDoNothing().execute();
    }
}
