package org.hearth.reporting.pilots;

import java.util.List;
import java.util.UUID;
import org.hearth.governance.charter.PilotParameters;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.jooq.DSLContext;

/** Pilots' reports: for the partner under its tenant scope, for the operator under the audited system scope. Reading one spends no ε. */
public final class PilotReports {

    private final Db db;
    private final PilotParameters charter;
    private final PilotRepository repository = new PilotRepository();

    public PilotReports(Db db, PilotParameters charter) {
        this.db = db;
        this.charter = charter;
    }

    public PilotReport forTenant(TenantScope scope, UUID pilotId) {
        return db.read(scope, "pilot_reports.tenant", dsl -> report(dsl, repository.ofTenant(dsl, scope, pilotId).orElseThrow(PilotReports::notFound)));
    }

    public PilotReport forOperator(CallContext ctx, UUID pilotId) {
        return db.system(ctx, dsl -> report(dsl, repository.any(dsl, pilotId).orElseThrow(PilotReports::notFound)));
    }

    private PilotReport report(DSLContext dsl, Pilot pilot) {
        List<AskedQuestion> questions = repository.questions(dsl, pilot.id());
        var budget = repository.budget(dsl, pilot.id()).orElse(new PilotRepository.Budget(charter.epsilonBudget(), java.math.BigDecimal.ZERO));
        return new PilotReport(pilot, PilotReport.cohortSize(questions), questions, budget.total().stripTrailingZeros(),
                budget.spent().stripTrailingZeros(), charter.minimumCohort());
    }

    static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no pilot with this id that you may see.");
    }
}
