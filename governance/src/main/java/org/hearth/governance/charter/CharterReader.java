package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the loaded YAML tree into a {@link Charter}: checks which fields are allowed and required
 * for the legal profile, and converts each value. Rules that compare several fields (sums,
 * order, uniqueness) are left to {@link CharterRules}.
 */
final class CharterReader {

    private static final List<String> COMMON_FIELDS = List.of("legal_profile", "company_name", "currency",
            "financial_year_start", "asset_locked_bodies", "colleges", "resolutions", "reporting", "pilots");
    private static final List<String> UK_CIC_FIELDS = List.of("dividend_cap", "performance_interest_cap");
    private static final List<String> FR_SCIC_FIELDS =
            List.of("legal_reserve_rate", "statutory_reserve_rate", "share_interest_margin");
    private static final List<String> ALL_FIELDS =
            Stream.of(COMMON_FIELDS, UK_CIC_FIELDS, FR_SCIC_FIELDS).flatMap(List::stream).toList();

    // Ids end up in membership records and URLs, so they are kept to a plain, stable alphabet.
    private static final Pattern COLLEGE_ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final Source source;
    private final Values values;

    private CharterReader(Source source) {
        this.source = source;
        this.values = new Values(source);
    }

    static Charter read(Object tree, Source source) {
        if (tree == null) {
            throw source.error(CharterException.BLOCK, null, "the block is empty; expected the charter's fields");
        }
        return new CharterReader(source).charter(YamlMap.of(tree, "", source));
    }

    private Charter charter(YamlMap root) {
        root.allowOnly(ALL_FIELDS);
        LegalProfile profile = profile(root);
        boolean cic = profile == LegalProfile.UK_CIC;
        rejectFieldsOfOtherProfile(root, profile, cic ? FR_SCIC_FIELDS : UK_CIC_FIELDS);
        return new Charter(
                profile,
                root.text("company_name", "the company's registered name"),
                values.currency("currency", root.text("currency", "an ISO 4217 code such as GBP")),
                values.monthDay("financial_year_start", root.text("financial_year_start", "MM-DD such as \"04-01\"")),
                list(root, "asset_locked_bodies", false, this::assetLockedBody),
                cic ? list(root, "dividend_cap", true, this::datedRate) : List.of(),
                cic ? list(root, "performance_interest_cap", true, this::datedRate) : List.of(),
                cic ? null : scicReserves(root),
                list(root, "colleges", true, this::college),
                resolution(root, "ordinary"),
                resolution(root, "special"),
                minimumCount(root),
                PilotParametersReader.read(root, values, source));
    }

    /**
     * {@code reporting.minimum_count}: optional, default {@link Charter#DEFAULT_MINIMUM_COUNT}. Below 2 a
     * published count could be about one person, so it is refused; above a million nothing would be shown.
     */
    private int minimumCount(YamlMap root) {
        if (!root.has("reporting")) {
            return Charter.DEFAULT_MINIMUM_COUNT;
        }
        YamlMap reporting = root.map("reporting", "minimum_count").allowOnly(List.of("minimum_count"));
        String expected = "a whole number of individuals from 2 up, such as 10";
        return reporting.optionalText("minimum_count", expected).map(text -> {
            BigDecimal value = values.decimal(reporting.path("minimum_count"), text, expected);
            if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.TWO) < 0
                    || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw source.error(reporting.path("minimum_count"), text, "expected " + expected
                        + "; below 2 a published figure could be about one person");
            }
            return value.intValueExact();
        }).orElse(Charter.DEFAULT_MINIMUM_COUNT);
    }

    private LegalProfile profile(YamlMap root) {
        String expected =
                Arrays.stream(LegalProfile.values()).map(LegalProfile::code).collect(Collectors.joining(" or "));
        String code = root.text("legal_profile", expected);
        return LegalProfile.fromCode(code)
                .orElseThrow(() -> source.error("legal_profile", code, "unknown legal profile; expected " + expected));
    }

    // A cap written under the wrong profile would look enforced while nothing reads it.
    private void rejectFieldsOfOtherProfile(YamlMap root, LegalProfile profile, List<String> otherFields) {
        for (String field : otherFields) {
            if (root.has(field)) {
                throw source.error(field, null, "does not apply to legal_profile " + profile.code()
                        + "; remove it, or change legal_profile");
            }
        }
    }

    /** Reads the list at {@code key}, each element a mapping, with its index in error paths. */
    private <T> List<T> list(YamlMap parent, String key, boolean required, Function<YamlMap, T> element) {
        if (required && !parent.has(key)) {
            throw source.missing(parent.path(key), "a list with at least one entry");
        }
        List<?> raw = parent.list(key, "one entry per line starting with '- '");
        if (required && raw.isEmpty()) {
            throw source.error(parent.path(key), null, "empty; expected at least one entry");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            result.add(element.apply(parent.element(key, raw, i)));
        }
        return result;
    }

    private AssetLockedBody assetLockedBody(YamlMap body) {
        body.allowOnly(List.of("name", "registration"));
        return new AssetLockedBody(
                body.text("name", "the body's registered name"),
                body.text("registration", "its registration, such as \"Charity 1234567\""));
    }

    private DatedRate datedRate(YamlMap entry) {
        entry.allowOnly(List.of("from", "rate"));
        return new DatedRate(
                values.date(entry.path("from"), entry.text("from", "an ISO date such as \"2014-10-01\"")),
                values.rate(entry.path("rate"), entry.text("rate", Values.RATE)));
    }

    private ScicReserves scicReserves(YamlMap root) {
        return new ScicReserves(
                values.rate("legal_reserve_rate", root.text("legal_reserve_rate", Values.RATE)),
                values.rate("statutory_reserve_rate", root.text("statutory_reserve_rate", Values.RATE)),
                values.rate("share_interest_margin", root.text("share_interest_margin", Values.RATE)));
    }

    private College college(YamlMap college) {
        college.allowOnly(List.of("id", "name", "weight"));
        String id = college.text("id", "a short id such as individuals");
        if (!COLLEGE_ID.matcher(id).matches()) {
            throw source.error(college.path("id"), id,
                    "expected lower-case letters, digits and '-', starting with a letter");
        }
        String weight = college.text("weight", "the college's percent of the votes, such as 30");
        BigDecimal percent = values.decimal(college.path("weight"), weight, "a percent of the votes, such as 30");
        if (percent.signum() <= 0) {
            throw source.error(college.path("weight"), weight, "a college must hold more than 0% of the votes");
        }
        return new College(id, college.text("name", "the college's name"), percent);
    }

    private ResolutionRule resolution(YamlMap root, String kind) {
        YamlMap resolutions = root.map("resolutions", "an ordinary and a special resolution rule")
                .allowOnly(List.of("ordinary", "special"));
        YamlMap rule = resolutions.map(kind, "majority and quorum")
                .allowOnly(List.of("majority", "majority_rule", "quorum"));
        return new ResolutionRule(
                values.positiveShare(rule.path("majority"), rule.text("majority", "a share such as \"0.50\"")),
                threshold(rule),
                values.positiveShare(rule.path("quorum"), rule.text("quorum", "a share such as \"0.25\"")));
    }

    private ResolutionRule.Threshold threshold(YamlMap rule) {
        String code = rule.optionalText("majority_rule", "more-than or at-least").orElse("more-than");
        return Arrays.stream(ResolutionRule.Threshold.values())
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> source.error(rule.path("majority_rule"), code, "expected more-than or at-least"));
    }
}
