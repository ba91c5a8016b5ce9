package org.hearth.governance.status;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.cic.DistributableProfits;
import org.hearth.governance.cic.DividendDecision;
import org.hearth.governance.ledger.LedgerJson;
import org.hearth.governance.reinvestment.ProjectAllocations;
import org.hearth.governance.reinvestment.ReinvestmentReport;
import org.hearth.governance.reinvestment.Retention;

/** The wire shape of {@code GET /api/v1/governance/years/{id}/status} (also read by the board's page). */
public final class StatusJson {

    private StatusJson() {
    }

    public static JsonObject of(YearStatus.Status s) {
        JsonObject out = new JsonObject().put("year", LedgerJson.year(s.year())).put("legalProfile", s.legalProfile().code())
                .put("currency", s.currency()).put("result", LedgerJson.amount(s.result()))
                .put("reserves", reserves(s)).put("annualReportApproved", s.year().annualReportResolution() != null);
        if (s.legalProfile() == LegalProfile.UK_CIC) {
            out.put("dividends", s.dividends() == null ? null : dividends(s.dividends()));
        }
        out.put("reinvestment", reinvestment(s));
        out.put("projects", s.projects() == null ? null : projects(s.projects()));
        return out;
    }

    private static JsonObject reserves(YearStatus.Status s) {
        YearStatus.Reserves r = s.reserves();
        JsonObject out = new JsonObject().put("asOf", s.year().endsOn().toString())
                .put("shareCapital", LedgerJson.amount(r.shareCapital()))
                .put("retainedEarnings", LedgerJson.amount(r.retainedEarnings()))
                .put("projectsReserve", LedgerJson.amount(r.projectsReserve()));
        if (s.legalProfile() == LegalProfile.FR_SCIC) {
            out.put("shareCapitalHighWaterMark", LedgerJson.amount(r.shareCapitalHighWaterMark()))
                    .put("legalReserve", LedgerJson.amount(r.legalReserve()))
                    .put("statutoryReserve", LedgerJson.amount(r.statutoryReserve()));
        }
        return out;
    }

    private static JsonObject dividends(DividendDecision position) {
        DistributableProfits profits = position.profits();
        return new JsonObject()
                .put("distributableProfits", LedgerJson.amount(profits.available()))
                .put("working", new JsonObject().put("accumulatedProfits", LedgerJson.amount(profits.accumulatedProfits()))
                        .put("accumulatedLosses", LedgerJson.amount(profits.accumulatedLosses()))
                        .put("previousDistributions", LedgerJson.amount(profits.previousDistributions()))
                        .put("capitalised", LedgerJson.amount(profits.capitalised()))
                        .put("lossesWrittenOff", LedgerJson.amount(profits.lossesWrittenOff())))
                .put("capRate", position.rate().map(java.math.BigDecimal::toPlainString).orElse(null))
                .put("cap", position.cap().map(LedgerJson::amount).orElse(null))
                .put("declared", LedgerJson.amount(position.declaredNonExempt()))
                .put("declaredExempt", LedgerJson.amount(position.declaredExempt()))
                .put("headroom", position.headroom().map(LedgerJson::amount).orElse(null))
                .put("explanation", position.explanation());
    }

    private static JsonObject projects(ProjectAllocations state) {
        JsonObject byProject = new JsonObject();
        state.byProject().forEach((name, amount) -> byProject.put(name, LedgerJson.amount(amount)));
        return new JsonObject().put("retained", LedgerJson.amount(state.retained())).put("allocated", LedgerJson.amount(state.allocated()))
                .put("unallocated", LedgerJson.amount(state.unallocated())).put("byProject", byProject);
    }

    private static JsonObject reinvestment(YearStatus.Status s) {
        ReinvestmentReport report = s.reinvestment();
        JsonObject out = new JsonObject().put("cumulative", retention(report.cumulative()));
        report.years().stream().filter(y -> y.firstDay().equals(s.year().startsOn())).findFirst()
                .ifPresent(y -> out.put("year", retention(y.retention())));
        JsonArray below = new JsonArray();
        report.yearsBelowMinimum().forEach(y -> below.add(y.firstDay().toString()));
        return out.put("yearsBelowMinimum", below);
    }

    private static JsonObject retention(Retention r) {
        return new JsonObject().put("profitGenerated", LedgerJson.amount(r.profitGenerated())).put("paidOut", LedgerJson.amount(r.paidOut()))
                .put("retained", LedgerJson.amount(r.retained())).put("minimumRetained", LedgerJson.amount(r.minimumRetained()))
                .put("share", r.share().map(java.math.BigDecimal::toPlainString).orElse(null))
                .put("minimumShare", r.minimumShare().map(java.math.BigDecimal::toPlainString).orElse(null))
                .put("belowMinimum", r.belowMinimum());
    }
}
