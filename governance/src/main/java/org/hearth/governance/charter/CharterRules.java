package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules that compare fields of an already typed {@link Charter}: order of dated rates,
 * uniqueness, college weights, and how resolutions relate. Paths in errors use the charter's
 * own field names, so the editor can find the line.
 */
final class CharterRules {

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    // Companies (Audit, Investigations and Community Enterprise) Act 2004 s. 33: a CIC's name
    // ends with one of these, in English or Welsh, in full or abbreviated, private or public.
    private static final List<String> CIC_NAME_ENDINGS = List.of(
            "community interest company", "cic", "c.i.c.",
            "community interest public limited company", "community interest plc", "community interest p.l.c.",
            "cwmni buddiant cymunedol", "cbc", "c.b.c.",
            "cwmni buddiant cymunedol cyhoeddus cyfyngedig", "cwmni buddiant cymunedol ccc",
            "cwmni buddiant cymunedol c.c.c.");

    private final Source source;

    private CharterRules(Source source) {
        this.source = source;
    }

    static Charter check(Charter charter, Source source) {
        CharterRules rules = new CharterRules(source);
        rules.companyName(charter);
        rules.ascending("dividend_cap", charter.dividendCap());
        rules.ascending("performance_interest_cap", charter.performanceInterestCap());
        rules.assetLockedBodies(charter.assetLockedBodies());
        rules.colleges(charter.legalProfile(), charter.colleges());
        rules.majority("ordinary", charter.ordinaryResolution());
        rules.majority("special", charter.specialResolution());
        rules.specialAtLeastOrdinary(charter.ordinaryResolution(), charter.specialResolution());
        return charter;
    }

    private void companyName(Charter charter) {
        String name = charter.companyName().toLowerCase(Locale.ROOT);
        if (charter.legalProfile() == LegalProfile.UK_CIC && CIC_NAME_ENDINGS.stream().noneMatch(name::endsWith)) {
            throw source.error("company_name", charter.companyName(),
                    "for uk-cic the name must end with \"Community Interest Company\" or \"CIC\"");
        }
    }

    // The rate in force on a date is the latest one started; two entries with one date, or
    // entries out of order, would make that depend on how the list happens to be read.
    private void ascending(String field, List<DatedRate> schedule) {
        for (int i = 1; i < schedule.size(); i++) {
            DatedRate previous = schedule.get(i - 1);
            if (!schedule.get(i).from().isAfter(previous.from())) {
                throw source.error(field + "[" + i + "].from", schedule.get(i).from().toString(),
                        "dates must increase from one entry to the next; the entry before starts on "
                                + previous.from());
            }
        }
    }

    private void assetLockedBodies(List<AssetLockedBody> bodies) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bodies.size(); i++) {
            String registration = bodies.get(i).registration();
            if (!seen.add(registration.toLowerCase(Locale.ROOT))) {
                throw source.error("asset_locked_bodies[" + i + "].registration", registration,
                        "this body is already named; name each asset-locked body once");
            }
        }
    }

    private void colleges(LegalProfile profile, List<College> colleges) {
        LegalProfile.CollegeLimits limits = profile.collegeLimits();
        Set<String> ids = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < colleges.size(); i++) {
            College college = colleges.get(i);
            if (!ids.add(college.id())) {
                throw source.error("colleges[" + i + "].id", college.id(),
                        "another college has this id; ids must be unique");
            }
            collegeWeight(profile, i, college.weight());
            total = total.add(college.weight());
        }
        if (colleges.size() < limits.minColleges()) {
            throw source.error("colleges", null, "for " + profile.code() + " the charter needs at least "
                    + limits.minColleges() + " colleges, found " + colleges.size());
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw source.error("colleges", null, "the weights add up to " + total.stripTrailingZeros().toPlainString()
                    + "; they must add up to exactly 100 (percent of the votes)");
        }
    }

    private void collegeWeight(LegalProfile profile, int index, BigDecimal weight) {
        LegalProfile.CollegeLimits limits = profile.collegeLimits();
        if (weight.compareTo(limits.minWeight()) < 0 || weight.compareTo(limits.maxWeight()) > 0) {
            String authority = limits.authority().isEmpty() ? "" : " (" + limits.authority() + ")";
            throw source.error("colleges[" + index + "].weight", weight.toPlainString(), "for " + profile.code()
                    + " each college must hold between " + limits.minWeight() + "% and " + limits.maxWeight()
                    + "% of the votes" + authority);
        }
    }

    /**
     * A majority must be such that a motion and its opposite cannot both pass: more than half,
     * or at least a share above half. "More than 100%" could never be reached.
     */
    private void majority(String kind, ResolutionRule rule) {
        String field = "resolutions." + kind + ".majority";
        String value = rule.majority().toPlainString();
        boolean moreThan = rule.threshold() == ResolutionRule.Threshold.MORE_THAN;
        int versusHalf = rule.majority().compareTo(HALF);
        if (moreThan && versusHalf < 0) {
            throw source.error(field, value, "more than a share below one half would let a motion and its opposite"
                    + " both pass; expected at least \"0.50\"");
        }
        if (!moreThan && versusHalf <= 0) {
            throw source.error(field, value, "at least one half or less would let a motion and its opposite both pass"
                    + " on a tie; expected more than \"0.50\", or majority_rule: more-than");
        }
        if (moreThan && rule.majority().compareTo(BigDecimal.ONE) == 0) {
            throw source.error(field, value,
                    "no vote can be more than 100% in favour; use majority_rule: at-least for unanimity");
        }
    }

    private void specialAtLeastOrdinary(ResolutionRule ordinary, ResolutionRule special) {
        if (special.majority().compareTo(ordinary.majority()) < 0) {
            throw source.error("resolutions.special.majority", special.majority().toPlainString(),
                    "a special resolution must need at least the majority of an ordinary one ("
                            + ordinary.majority().toPlainString() + ")");
        }
        if (special.quorum().compareTo(ordinary.quorum()) < 0) {
            throw source.error("resolutions.special.quorum", special.quorum().toPlainString(),
                    "a special resolution must need at least the quorum of an ordinary one ("
                            + ordinary.quorum().toPlainString() + ")");
        }
    }
}
