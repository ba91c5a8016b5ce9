package org.hearth.reporting.pilots;

import static org.hearth.schema.generated.reporting.Tables.PILOT_BUDGETS;
import static org.hearth.schema.generated.reporting.Tables.PILOT_QUESTIONS;
import static org.hearth.schema.generated.tenants.Tables.PILOTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/**
 * Pilots (tenants' table, read only), their privacy budgets and their questions (jOOQ only). A
 * tenant's reads are confined by {@link Tenancy}; the operator's run under the system scope.
 */
final class PilotRepository {

    /** A pilot's budget: its total ε and what its questions spent. */
    record Budget(BigDecimal total, BigDecimal spent) {
        BigDecimal remaining() {
            return total.subtract(spent);
        }
    }

    /** A question ready to be recorded. */
    record NewQuestion(UUID id, UUID pilotId, UUID tenantId, CheckedQuestion question, String status, String mechanism, BigDecimal sensitivity,
                       String answerJson, BigDecimal remaining, String askedBy, OffsetDateTime askedAt) {
    }

    Optional<Pilot> ofTenant(DSLContext dsl, TenantScope scope, UUID id) {
        return pilot(dsl, Tenancy.owned(PILOTS, scope).and(PILOTS.ID.eq(id)));
    }

    Optional<Pilot> any(DSLContext dsl, UUID id) {
        return pilot(dsl, PILOTS.ID.eq(id));
    }

    private Optional<Pilot> pilot(DSLContext dsl, Condition where) {
        return dsl.select(PILOTS.fields()).select(TENANTS_.NAME).from(PILOTS).join(TENANTS_).on(TENANTS_.ID.eq(PILOTS.TENANT_ID))
                .where(where).fetchOptional(PilotRepository::pilot);
    }

    private static Pilot pilot(Record r) {
        var p = r.into(PILOTS);
        return new Pilot(p.getId(), p.getTenantId(), r.get(TENANTS_.NAME), p.getTitle(), p.getStatus(), p.getStartsOn(), p.getEndsOn(),
                p.getDataRequestId(), List.of(p.getCategories()), PilotFieldsJson.parse(p.getFields().data()), p.getTargetCohort(),
                p.getFundingAmount(), p.getFundingCurrency(), p.getFundingReceivedAt(), p.getFundingReference());
    }

    /** The pilot's budget row, made with the charter's total the first time the pilot spends. */
    void ensureBudget(DSLContext tx, UUID pilotId, UUID tenantId, BigDecimal total) {
        tx.insertInto(PILOT_BUDGETS).set(PILOT_BUDGETS.PILOT_ID, pilotId).set(PILOT_BUDGETS.TENANT_ID, tenantId).set(PILOT_BUDGETS.TOTAL, total)
                .onConflictDoNothing().execute();
    }

    /**
     * Spends ε if it fits, in one statement: concurrent spends queue on the row's lock and each
     * re-checks the condition on the row as the one before left it, so no two can overspend.
     * Returns what remains after this spend; empty when it did not fit (nothing spent).
     */
    Optional<BigDecimal> spend(DSLContext tx, UUID pilotId, BigDecimal epsilon) {
        return tx.update(PILOT_BUDGETS).set(PILOT_BUDGETS.SPENT, PILOT_BUDGETS.SPENT.plus(epsilon))
                .where(PILOT_BUDGETS.PILOT_ID.eq(pilotId).and(PILOT_BUDGETS.SPENT.plus(epsilon).le(PILOT_BUDGETS.TOTAL)))
                .returning(PILOT_BUDGETS.TOTAL, PILOT_BUDGETS.SPENT)
                .fetchOptional(r -> r.get(PILOT_BUDGETS.TOTAL).subtract(r.get(PILOT_BUDGETS.SPENT)));
    }

    Optional<Budget> budget(DSLContext dsl, UUID pilotId) {
        return dsl.select(PILOT_BUDGETS.TOTAL, PILOT_BUDGETS.SPENT).from(PILOT_BUDGETS).where(PILOT_BUDGETS.PILOT_ID.eq(pilotId))
                .fetchOptional(r -> new Budget(r.value1(), r.value2()));
    }

    /**
     * The next question's number: the budget row is locked first, so concurrent questions of one
     * pilot are numbered (and recorded) one after the other.
     */
    int nextNumber(DSLContext tx, UUID pilotId) {
        tx.select(PILOT_BUDGETS.PILOT_ID).from(PILOT_BUDGETS).where(PILOT_BUDGETS.PILOT_ID.eq(pilotId)).forUpdate().execute();
        return tx.fetchCount(PILOT_QUESTIONS, PILOT_QUESTIONS.PILOT_ID.eq(pilotId)) + 1;
    }

    void insert(DSLContext tx, NewQuestion q) {
        CheckedQuestion c = q.question();
        tx.insertInto(PILOT_QUESTIONS)
                .set(PILOT_QUESTIONS.ID, q.id()).set(PILOT_QUESTIONS.PILOT_ID, q.pilotId()).set(PILOT_QUESTIONS.TENANT_ID, q.tenantId())
                .set(PILOT_QUESTIONS.KIND, c.kind().wire()).set(PILOT_QUESTIONS.SCHEMA_ID, c.schema()).set(PILOT_QUESTIONS.FIELD, c.field())
                .set(PILOT_QUESTIONS.FILTERS, JSONB.valueOf(AnswerJson.filters(c.filters()))).set(PILOT_QUESTIONS.EPSILON, c.epsilon().toBigDecimal())
                .set(PILOT_QUESTIONS.STATUS, q.status()).set(PILOT_QUESTIONS.MECHANISM, q.mechanism()).set(PILOT_QUESTIONS.SENSITIVITY, q.sensitivity())
                .set(PILOT_QUESTIONS.ANSWER, q.answerJson() == null ? null : JSONB.valueOf(q.answerJson()))
                .set(PILOT_QUESTIONS.REMAINING_BUDGET, q.remaining()).set(PILOT_QUESTIONS.ASKED_BY, q.askedBy())
                .set(PILOT_QUESTIONS.ASKED_AT, q.askedAt())
                .execute();
    }

    /** The pilot's questions in the order they were recorded, numbered from 1. */
    List<AskedQuestion> questions(DSLContext dsl, UUID pilotId) {
        List<AskedQuestion> out = new ArrayList<>();
        dsl.selectFrom(PILOT_QUESTIONS).where(PILOT_QUESTIONS.PILOT_ID.eq(pilotId)).orderBy(PILOT_QUESTIONS.ASKED_AT, PILOT_QUESTIONS.ID)
                .forEach(q -> out.add(new AskedQuestion(q.getId(), out.size() + 1, QuestionKind.of(q.getKind()).orElseThrow(), q.getSchemaId(),
                        q.getField(), AnswerJson.filters(q.getFilters().data()), q.getEpsilon(), q.getStatus(), q.getMechanism(), q.getSensitivity(),
                        q.getAnswer() == null ? null : AnswerJson.parse(q.getAnswer().data()), q.getRemainingBudget(), q.getAskedAt())));
        return out;
    }

}
