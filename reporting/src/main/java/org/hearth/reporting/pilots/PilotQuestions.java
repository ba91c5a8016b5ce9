package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.PilotCohorts;
import org.hearth.governance.charter.PilotParameters;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.reporting.pilots.privacy.Answer;
import org.hearth.reporting.pilots.privacy.Mechanism;

/**
 * A partner's questions to its pilot's cohort, in this order: checked (nothing spent on a question
 * the pilot does not allow); ε spent in its own commit, before anything is read, so concurrent
 * questions cannot overspend and a crash later never gives ε back; the cohort read and decrypted
 * inside the platform; a cohort below the charter's minimum refused without its size; otherwise
 * the noisy answer recorded with the list of participants it used, in one commit (their access-log
 * entries follow within moments, appended by the datastore's inclusion worker).
 */
public final class PilotQuestions {

    private final Db db;
    private final PilotCohorts cohorts;
    private final PilotParameters charter;
    private final Mechanism mechanism;
    private final Clock clock;
    private final PilotRepository repository = new PilotRepository();

    public PilotQuestions(Db db, PilotCohorts cohorts, PilotParameters charter, Mechanism mechanism, Clock clock) {
        this.db = db;
        this.cohorts = cohorts;
        this.charter = charter;
        this.mechanism = mechanism;
        this.clock = clock;
    }

    /** The charter's parameters the questions are held to. */
    public PilotParameters parameters() {
        return charter;
    }

    public AskedQuestion ask(CallContext ctx, TenantScope scope, UUID pilotId, Question question) {
        Pilot pilot = pilot(scope, pilotId);
        CheckedQuestion q = QuestionRules.check(pilot, question, charter);
        if (!pilot.running(LocalDate.now(clock))) {
            throw new HearthException(ErrorCode.PILOT_NOT_RUNNING, "The pilot takes questions only once approved, from its start date to its end date.");
        }
        BigDecimal remaining = spend(ctx, scope, pilot, q);
        Tally tally = new Tally(q);
        cohorts.forEachParticipant(ctx, pilot.dataRequestId(), q.schema(), tally::read, tally);
        Answers.Computed computed = Answers.compute(mechanism, q, tally);
        if (!computed.reaches(charter.minimumCohort())) {
            // Decided on the answer's noisy count, never the true one. The ε stays spent: the
            // refusal is itself something the partner learns, and giving the ε back would let it
            // ask again and again.
            db.write(ctx, scope, tx -> {
                repository.nextNumber(tx, pilot.id());
                repository.insert(tx, row(Ids.newId(), ctx, pilot, q, AskedQuestion.REFUSED_SMALL_COHORT, computed.sensitivity(), null, remaining));
                return null;
            });
            throw new HearthException(ErrorCode.COHORT_TOO_SMALL, "Too few participants match this question for it to be answered (the minimum is "
                    + charter.minimumCohort() + "). The ε it asked for stays spent.", Map.of("minimumCohort", charter.minimumCohort()));
        }
        UUID id = Ids.newId();
        cohorts.logInclusion(ctx, tally.included(), tx -> {
            int number = repository.nextNumber(tx, pilot.id());
            repository.insert(tx, row(id, ctx, pilot, q, AskedQuestion.ANSWERED, computed.sensitivity(), AnswerJson.text(computed.published()), remaining));
            return new PilotCohorts.Inclusion(pilot.tenantId(), pilot.id(), pilot.title(), pilot.organisation(), number, pilot.categories());
        });
        return list(scope, pilotId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** The pilot's questions, oldest first. */
    public List<AskedQuestion> list(TenantScope scope, UUID pilotId) {
        pilot(scope, pilotId);
        return db.read(scope, "pilot_questions.list", dsl -> repository.questions(dsl, pilotId));
    }

    private Pilot pilot(TenantScope scope, UUID pilotId) {
        return db.read(scope, "pilots.one", dsl -> repository.ofTenant(dsl, scope, pilotId))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "You have no pilot with this id."));
    }

    /**
     * Step (a): the budget row (the charter's total, the first time), then the spend, committed on
     * their own. A refusal commits too, so the attempt is audited; it spends nothing.
     */
    private BigDecimal spend(CallContext ctx, TenantScope scope, Pilot pilot, CheckedQuestion q) {
        Optional<BigDecimal> left = db.write(ctx, scope, tx -> {
            repository.ensureBudget(tx, pilot.id(), pilot.tenantId(), charter.epsilonBudget());
            return repository.spend(tx, pilot.id(), q.epsilon().toBigDecimal());
        });
        if (left.isEmpty()) {
            BigDecimal remaining = db.read(scope, "pilot_budgets.remaining", dsl -> repository.budget(dsl, pilot.id()))
                    .map(PilotRepository.Budget::remaining).orElse(charter.epsilonBudget()).stripTrailingZeros();
            throw new HearthException(ErrorCode.PRIVACY_BUDGET_SPENT, "The pilot's privacy budget has " + remaining.toPlainString()
                    + " left, less than the ε of " + q.epsilon() + " this question asks for.", Map.of("remaining", remaining));
        }
        return left.get();
    }

    /** A question's row, stamped when it is written: after {@link PilotRepository#nextNumber} took the pilot's lock, so in number order. */
    private PilotRepository.NewQuestion row(UUID id, CallContext ctx, Pilot pilot, CheckedQuestion q, String status, BigDecimal sensitivity,
                                            String answer, BigDecimal remaining) {
        return new PilotRepository.NewQuestion(id, pilot.id(), pilot.tenantId(), q, status, Answer.DISCRETE_LAPLACE, sensitivity, answer,
                remaining, ctx.actor().ref(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    }
}
