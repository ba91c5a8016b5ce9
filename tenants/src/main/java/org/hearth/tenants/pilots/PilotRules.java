package org.hearth.tenants.pilots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.datastore.Categories;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * What a proposal must be before it is stored (pure: the day is passed in). A refusal is
 * {@code 422 pilot_invalid} with {@code field} naming the first bad part, e.g. {@code fields[1].bins}.
 */
public final class PilotRules {

    /** A pilot's request becomes a data request, which lasts at most 3,660 days. */
    static final int LONGEST_DAYS = 3650;
    static final int MOST_FIELDS = 50;
    static final int MOST_CATEGORIES = 100;
    static final int MOST_DECIMALS = 6;

    private PilotRules() {
    }

    public static HearthException invalid(String field, String reason) {
        return new HearthException(ErrorCode.PILOT_INVALID, field + ": " + reason, Map.of("field", field));
    }

    public static void check(NewPilot p, LocalDate today) {
        text("title", p.title(), 200);
        text("description", p.description(), 4000);
        text("purpose", p.purpose(), 200);
        if (!p.purpose().startsWith("dpv:")) {
            throw invalid("purpose", "a W3C DPV purpose such as dpv:ScientificResearch");
        }
        if (p.categories().isEmpty() || !p.categories().stream().allMatch(Categories::isKnown)) {
            throw invalid("categories", "known DPV personal-data categories such as dpv-pd:HealthRecord");
        }
        if (p.targetCohort() < 1 || p.targetCohort() > 10_000_000) {
            throw invalid("targetCohort", "a number of people from 1 to 10,000,000");
        }
        dates(p, today);
        funding(p);
        text("policyUrl", p.policyUrl(), 2000);
        if (!p.policyUrl().startsWith("https://") && !p.policyUrl().startsWith("http://")) {
            throw invalid("policyUrl", "an http(s) URL of the pilot's privacy notice");
        }
        fields(p.fields());
    }

    private static void dates(NewPilot p, LocalDate today) {
        if (p.startsOn() == null) {
            throw invalid("startsOn", "a date, YYYY-MM-DD");
        }
        if (p.endsOn() == null) {
            throw invalid("endsOn", "a date, YYYY-MM-DD");
        }
        if (!p.endsOn().isAfter(p.startsOn())) {
            throw invalid("endsOn", "after the start date");
        }
        if (p.endsOn().isBefore(today)) {
            throw invalid("endsOn", "today or later: a pilot that has ended cannot be proposed");
        }
        if (ChronoUnit.DAYS.between(p.startsOn(), p.endsOn()) > LONGEST_DAYS) {
            throw invalid("endsOn", "at most " + LONGEST_DAYS + " days after the start date");
        }
    }

    private static void funding(NewPilot p) {
        BigDecimal amount = p.fundingAmount();
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 15) {
            throw invalid("funding.amount", "an amount of zero or more with at most two decimals");
        }
        if (p.fundingCurrency() == null || !p.fundingCurrency().matches("[A-Z]{3}")) {
            throw invalid("funding.currency", "an ISO 4217 code such as EUR");
        }
    }

    /** The largest bound, counted in units of 10^-decimals, that a pilot may declare (see {@link #numeric}). */
    static final BigDecimal LARGEST_SCALED_BOUND = BigDecimal.TEN.pow(11);

    static void fields(List<PilotField> fields) {
        if (fields.isEmpty() || fields.size() > MOST_FIELDS) {
            throw invalid("fields", "from 1 to " + MOST_FIELDS + " fields to aggregate");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            PilotField f = fields.get(i);
            String at = "fields[" + i + "]";
            text(at + ".schema", f.schema(), 200);
            text(at + ".field", f.field(), 100);
            if (f.kind() == null) {
                throw invalid(at + ".kind", "numeric or categorical");
            }
            // a question names its field alone, so a name stands for one field of one schema
            if (!seen.add(f.field())) {
                throw invalid(at + ".field", "each field name once in the pilot, whatever its schema");
            }
            if (f.kind() == PilotField.Kind.NUMERIC) {
                numeric(at, f);
            } else {
                categorical(at, f);
            }
        }
    }

    private static void numeric(String at, PilotField f) {
        if (f.lower() == null) {
            throw invalid(at + ".lower", "the smallest value counted (lower values are raised to it)");
        }
        if (f.upper() == null) {
            throw invalid(at + ".upper", "the largest value counted (higher values are lowered to it)");
        }
        if (f.lower().compareTo(f.upper()) >= 0) {
            throw invalid(at + ".upper", "greater than lower");
        }
        if (f.decimals() == null || f.decimals() < 0 || f.decimals() > MOST_DECIMALS) {
            throw invalid(at + ".decimals", "from 0 to " + MOST_DECIMALS);
        }
        // A noisy sum adds whole units of 10^-decimals in 64 bits: with bounds this small, ten
        // million participants cannot overflow it, so no answer fails in a way that depends on the data.
        if (f.lower().abs().max(f.upper().abs()).movePointRight(f.decimals()).compareTo(LARGEST_SCALED_BOUND) > 0) {
            throw invalid(at + ".upper", "bounds within ±" + LARGEST_SCALED_BOUND.movePointLeft(f.decimals()).toPlainString()
                    + " at " + f.decimals() + " decimals");
        }
        if (!f.categories().isEmpty()) {
            throw invalid(at + ".categories", "only for a categorical field");
        }
        List<BigDecimal> bins = f.bins();
        if (bins.isEmpty()) {
            return;
        }
        if (bins.size() < 2 || bins.size() > 101) {
            throw invalid(at + ".bins", "from 2 to 101 edges (1 to 100 bins)");
        }
        if (bins.getFirst().compareTo(f.lower()) != 0 || bins.getLast().compareTo(f.upper()) != 0) {
            throw invalid(at + ".bins", "edges from lower to upper: the first edge is lower, the last is upper");
        }
        for (int b = 1; b < bins.size(); b++) {
            if (bins.get(b).compareTo(bins.get(b - 1)) <= 0) {
                throw invalid(at + ".bins", "edges in ascending order, each greater than the one before");
            }
        }
    }

    private static void categorical(String at, PilotField f) {
        if (f.lower() != null || f.upper() != null || f.decimals() != null || !f.bins().isEmpty()) {
            throw invalid(at + ".kind", "a categorical field has categories, not bounds, decimals or bins");
        }
        List<String> categories = f.categories();
        if (categories.isEmpty() || categories.size() > MOST_CATEGORIES) {
            throw invalid(at + ".categories", "from 1 to " + MOST_CATEGORIES + " values");
        }
        Set<String> distinct = new HashSet<>();
        for (String c : categories) {
            if (c == null || c.isBlank() || c.length() > 200) {
                throw invalid(at + ".categories", "values of 1 to 200 characters");
            }
            if (!distinct.add(c)) {
                throw invalid(at + ".categories", "distinct values; " + c + " is given twice");
            }
        }
    }

    private static void text(String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "required");
        }
        if (value.strip().length() > longest) {
            throw invalid(field, "at most " + longest + " characters");
        }
    }
}
