package org.hearth.reporting.annual;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.GovernanceModule;
import org.hearth.governance.board.Resolution;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.jooq.DSLContext;

/**
 * The annual report of a closed year, built from the ledger and the platform, with the board's
 * narratives. A draft until the year's annual-report resolution has passed (governance records it
 * on the year); the first read after that freezes the report (figures and narratives as canonical
 * JSON, with its SHA-256 digest) in the same transaction, one copy per year, so that postings
 * booked later, which the ledger puts in the next open year, or a dividend declared later, never
 * change what was approved. Governance never depends on reporting: freezing is lazy.
 *
 * <p>A year is named by its first day ({@code 2025-04-01}) or its id; the pages use the first day.
 */
public final class AnnualReports {

    /** Longest narrative, as the schema allows. */
    public static final int MAX_NARRATIVE = 20000;

    private final Db db;
    private final GovernanceModule.Services governance;
    private final AnnualReportRepository repository = new AnnualReportRepository();

    public AnnualReports(Db db, GovernanceModule.Services governance) {
        this.db = db;
        this.governance = governance;
    }

    /** The report (frozen if approved), under the audited system scope. */
    public AnnualReport report(CallContext ctx, String yearRef) {
        return db.system(ctx, dsl -> {
            FinancialYear year = closedYear(dsl, yearRef);
            var frozen = repository.frozen(dsl, year.id());
            if (frozen.isPresent()) {
                return ReportJson.frozen(frozen.get().content(), frozen.get().digest());
            }
            AnnualReport live = build(dsl, year);
            if (year.annualReportResolution() == null) {
                return live;
            }
            String content = ReportJson.canonical(live);
            var stored = repository.freeze(dsl, year.id(), new AnnualReportRepository.Frozen(year.annualReportResolution(), content,
                    ReportJson.sha256(content)));
            return ReportJson.frozen(stored.content(), stored.digest());
        });
    }

    /** Every financial year, oldest first: the reports there are (closed years) and will be. */
    public List<FinancialYear> years() {
        return governance.ledger().years().years();
    }

    /** Every version of every narrative of the year, newest first: who wrote what, and when. */
    public List<Narrative> history(CallContext ctx, String yearRef) {
        return db.system(ctx, dsl -> repository.narratives(dsl, closedYear(dsl, yearRef).id()));
    }

    /**
     * A board member's new version of a narrative part. Refused once the report is approved: the
     * year's row is locked first, as governance's approval locks it, so a version is either in the
     * draft that was approved or refused.
     */
    public Narrative write(CallContext ctx, String yearRef, String part, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The text of a narrative part cannot be empty.", Map.<String, Object>of("field", "body"));
        }
        if (text.length() > MAX_NARRATIVE) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A narrative part holds at most " + MAX_NARRATIVE + " characters.",
                    Map.<String, Object>of("field", "body"));
        }
        UUID staff = ctx.actor().staffId();
        return db.system(ctx, tx -> {
            FinancialYear year = governance.ledger().years().lockYear(tx, closedYear(tx, yearRef).id());
            if (!narrativeKeys().contains(part)) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "part must be one of " + narrativeKeys() + ".", Map.<String, Object>of("field", "part"));
            }
            if (year.annualReportResolution() != null || repository.frozen(tx, year.id()).isPresent()) {
                throw new HearthException(ErrorCode.CONFLICT, "The annual report of this year is approved; its text can no longer be changed.");
            }
            String author = repository.staffEmail(tx, staff).orElse(ctx.actor().ref());
            return repository.insertNarrative(tx, year.id(), part, text, staff, author);
        });
    }

    /** The narrative parts the charter's profile asks the board for, in the report's order. */
    public List<String> narrativeKeys() {
        return governance.charter().legalProfile() == LegalProfile.UK_CIC
                ? List.of("community_benefit", "consultation", "directors_remuneration", "asset_transfers")
                : List.of("management_report", "colleges");
    }

    private AnnualReport build(DSLContext dsl, FinancialYear year) {
        var charter = governance.charter();
        List<ReportPart> parts = new java.util.ArrayList<>();
        parts.add(AccountsPart.of(dsl, governance.ledger(), charter.legalProfile(), year));
        parts.addAll(charter.legalProfile() == LegalProfile.UK_CIC ? new CicParts(governance, repository).of(dsl, year)
                : new ScicParts(governance, repository).of(dsl, year));
        Map<String, Narrative> latest = new HashMap<>();
        for (Narrative n : repository.narratives(dsl, year.id())) {
            latest.putIfAbsent(n.part(), n);
        }
        return new AnnualReport(year.id(), year.startsOn(), year.endsOn(), charter.legalProfile().code(), charter.companyName(),
                governance.ledger().currency().getCurrencyCode(), parts, latest, approval(year), null);
    }

    private Approval approval(FinancialYear year) {
        if (year.annualReportResolution() == null) {
            return null;
        }
        Resolution r = governance.board().resolution(year.annualReportResolution());
        return new Approval(r.id(), r.title(), r.meeting().heldOn());
    }

    private FinancialYear closedYear(DSLContext dsl, String ref) {
        FinancialYear year = governance.ledger().years().years(dsl).stream().filter(y -> matches(y, ref)).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "There is no financial year " + ref + "."));
        if (year.open()) {
            throw new HearthException(ErrorCode.CONFLICT, "The annual report covers a closed year; the year starting " + year.startsOn()
                    + " is still open.");
        }
        return year;
    }

    private static boolean matches(FinancialYear year, String ref) {
        if (ref == null) {
            return false;
        }
        try {
            return year.startsOn().equals(LocalDate.parse(ref));
        } catch (DateTimeParseException e) {
            return year.id().toString().equalsIgnoreCase(ref);
        }
    }
}
