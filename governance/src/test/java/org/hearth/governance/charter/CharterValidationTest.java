package org.hearth.governance.charter;

import static org.hearth.governance.charter.Samples.frScic;
import static org.hearth.governance.charter.Samples.rejects;
import static org.hearth.governance.charter.Samples.replace;
import static org.hearth.governance.charter.Samples.ukCic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One test per validation rule: each breaks one line of a valid sample and expects that field named. */
class CharterValidationTest {

    @Test
    void missingRequiredFieldIsNamed() {
        rejects(replace(ukCic(), "currency: GBP\n", ""), "currency", "missing; expected an ISO 4217 code");
    }

    @Test
    void unknownLegalProfileIsRejected() {
        rejects(replace(ukCic(), "legal_profile: uk-cic", "legal_profile: us-llc"),
                "legal_profile", "us-llc", "expected uk-cic or fr-scic");
    }

    @Test
    void misspeltTopLevelKeyIsRejectedWithASuggestion() {
        rejects(replace(ukCic(), "dividend_cap:", "dividend_caps:"),
                "dividend_caps", "unknown field (did you mean dividend_cap?)");
    }

    @Test
    void misspeltKeyInsideACollegeIsRejected() {
        rejects(replace(ukCic(), "weight: 25", "wieght: 25"), "colleges[2].wieght", "unknown field (did you mean weight?)");
    }

    @Test
    void fieldOfTheOtherProfileIsRejected() {
        rejects(replace(ukCic(), "currency: GBP", "currency: GBP\nlegal_reserve_rate: \"0.15\""),
                "legal_reserve_rate", "does not apply to legal_profile uk-cic");
    }

    @Test
    void currencyThatIsNotIso4217IsRejected() {
        rejects(replace(ukCic(), "currency: GBP", "currency: GPB"), "currency", "GPB", "not an ISO 4217 currency code");
    }

    @Test
    void currencyInLowerCaseIsRejected() {
        rejects(replace(ukCic(), "currency: GBP", "currency: gbp"), "currency", "three capital letters");
    }

    @Test
    void isoCodeWithoutMinorUnitIsNotAcceptedAsBookkeepingCurrency() {
        rejects(replace(ukCic(), "currency: GBP", "currency: XAU"), "currency", "XAU");
    }

    @Test
    void financialYearStartMustBeARealMonthAndDay() {
        rejects(replace(ukCic(), "financial_year_start: \"04-01\"", "financial_year_start: \"04-31\""),
                "financial_year_start", "04-31", "expected MM-DD");
    }

    @Test
    void financialYearCannotStartOnTheTwentyNinthOfFebruary() {
        rejects(replace(ukCic(), "financial_year_start: \"04-01\"", "financial_year_start: \"02-29\""),
                "financial_year_start", "cannot start on 29 February");
    }

    @Test
    void rateAboveOneIsRejected() {
        rejects(replace(ukCic(), "rate: \"0.35\"", "rate: \"35\""), "dividend_cap[0].rate", "between 0 and 1");
    }

    @Test
    void rateWrittenAsPercentIsRejectedWithTheDecimalForm() {
        rejects(replace(ukCic(), "rate: \"0.35\"", "rate: \"35%\""), "dividend_cap[0].rate", "not a number", "\"0.35\" for 35%");
    }

    @Test
    void negativeRateIsRejected() {
        rejects(replace(ukCic(), "rate: \"0.20\"", "rate: \"-0.20\""), "performance_interest_cap[1].rate", "between 0 and 1");
    }

    @Test
    void impossibleDateIsRejected() {
        rejects(replace(ukCic(), "from: \"2014-10-01\"", "from: \"2014-02-30\""),
                "performance_interest_cap[1].from", "2014-02-30", "YYYY-MM-DD");
    }

    @Test
    void datedRatesOutOfOrderAreRejected() {
        rejects(replace(ukCic(), "from: \"2014-10-01\"", "from: \"2009-01-01\""),
                "performance_interest_cap[1].from", "dates must increase", "2010-04-06");
    }

    @Test
    void datedRatesWithTheSameDateTwiceAreRejected() {
        rejects(replace(ukCic(), "from: \"2014-10-01\"", "from: \"2010-04-06\""),
                "performance_interest_cap[1].from", "dates must increase");
    }

    @Test
    void ukCicWithoutDividendCapIsRejected() {
        String markdown = replace(ukCic(), "dividend_cap:\n  - from: \"2005-07-01\"\n    rate: \"0.35\"\n", "");

        rejects(markdown, "dividend_cap", "missing");
    }

    @Test
    void ukCicWithAnEmptyPerformanceInterestCapIsRejected() {
        String markdown = replace(ukCic(), """
                performance_interest_cap:
                  - from: "2010-04-06"
                    rate: "0.10"
                  - from: "2014-10-01"
                    rate: "0.20"
                """, "performance_interest_cap: []\n");

        rejects(markdown, "performance_interest_cap", "expected at least one entry");
    }

    @Test
    void ukCicNameMustEndWithCommunityInterestCompany() {
        rejects(replace(ukCic(), "company_name: Sample Community Interest Company", "company_name: Sample Ltd"),
                "company_name", "must end with \"Community Interest Company\" or \"CIC\"");
    }

    @Test
    void assetLockedBodyNamedTwiceIsRejected() {
        String markdown = replace(ukCic(), "    registration: Charity 1000001\n",
                "    registration: Charity 1000001\n  - name: Same Trust Again\n    registration: CHARITY 1000001\n");

        rejects(markdown, "asset_locked_bodies[1].registration", "already named");
    }

    @Test
    void charterWithoutCollegesIsRejected() {
        String colleges = ukCic().substring(ukCic().indexOf("colleges:"), ukCic().indexOf("resolutions:"));

        rejects(replace(ukCic(), colleges, "colleges: []\n"), "colleges", "expected at least one entry");
    }

    @Test
    void collegeIdsMustBeUnique() {
        rejects(replace(ukCic(), "id: staff", "id: individuals"), "colleges[2].id", "ids must be unique");
    }

    @Test
    void collegeIdMustBeLowerCaseWithoutSpaces() {
        rejects(replace(ukCic(), "id: staff", "id: Staff Members"), "colleges[2].id", "lower-case letters");
    }

    @Test
    void collegeWithNoVotesIsRejected() {
        rejects(replace(ukCic(), "weight: 25", "weight: 0"), "colleges[2].weight", "more than 0%");
    }

    @Test
    void collegeWeightsMustSumToOneHundred() {
        rejects(replace(ukCic(), "weight: 25", "weight: 20"), "colleges", "add up to 95", "exactly 100");
    }

    @Test
    void collegeWeightMayBeDecimalAsLongAsTheSumIsExact() {
        String markdown = replace(ukCic(), "weight: 40", "weight: 33.34");
        markdown = replace(markdown, "weight: 35", "weight: 33.33");
        markdown = replace(markdown, "weight: 25", "weight: 33.33");

        assertEquals(3, CharterParser.parse(markdown).colleges().size());
    }

    @Test
    void frScicCollegeAboveHalfOfTheVotesIsRejected() {
        String markdown = replace(frScic(), "name: Salariés,      weight: 20", "name: Salariés,      weight: 60");
        markdown = replace(markdown, "name: Bénéficiaires, weight: 30", "name: Bénéficiaires, weight: 10");
        markdown = replace(markdown, "name: Organisations, weight: 20", "name: Organisations, weight: 10");
        markdown = replace(markdown, "name: Fondateurs,    weight: 20", "name: Fondateurs,    weight: 10");

        CharterException e = rejects(markdown, "colleges[1].weight");
        assertEquals("CHARTER.md: colleges[1].weight = 60: for fr-scic each college must hold between 10% and 50%"
                + " of the votes (art. 19 octies of loi 47-1775)", e.getMessage());
    }

    @Test
    void frScicCollegeBelowTenPercentIsRejected() {
        String markdown = replace(frScic(), "name: Collectivités, weight: 10", "name: Collectivités, weight: 5");
        markdown = replace(markdown, "name: Bénéficiaires, weight: 30", "name: Bénéficiaires, weight: 35");

        rejects(markdown, "colleges[3].weight", "between 10% and 50%");
    }

    @Test
    void ukCicAllowsACollegeAboveHalf() {
        String markdown = replace(ukCic(), "weight: 40", "weight: 60");
        markdown = replace(markdown, "weight: 35", "weight: 15");

        assertEquals(3, CharterParser.parse(markdown).colleges().size());
    }

    @Test
    void frScicNeedsAtLeastThreeColleges() {
        String colleges = frScic().substring(frScic().indexOf("colleges:"), frScic().indexOf("resolutions:"));
        String two = """
                colleges:
                  - { id: beneficiaries, name: Bénéficiaires, weight: 50 }
                  - { id: employees, name: Salariés, weight: 50 }
                """;

        rejects(replace(frScic(), colleges, two), "colleges", "at least 3 colleges, found 2");
    }

    @Test
    void frScicWithoutStatutoryReserveRateIsRejected() {
        rejects(replace(frScic(), "statutory_reserve_rate: \"0.50\"   # art. 19 nonies\n", ""),
                "statutory_reserve_rate", "missing");
    }

    @Test
    void frScicWithADividendCapIsRejected() {
        rejects(replace(frScic(), "currency: EUR", "currency: EUR\ndividend_cap: [{ from: \"2005-07-01\", rate: \"0.35\" }]"),
                "dividend_cap", "does not apply to legal_profile fr-scic");
    }

    @Test
    void majorityOfZeroIsRejected() {
        rejects(replace(ukCic(), "majority: \"0.50\"", "majority: \"0\""), "resolutions.ordinary.majority", "above 0 and at most 1");
    }

    @Test
    void quorumAboveOneIsRejected() {
        rejects(replace(ukCic(), "quorum: \"0.25\"", "quorum: \"1.5\""), "resolutions.ordinary.quorum", "above 0 and at most 1");
    }

    @Test
    void majorityBelowHalfIsRejectedBecauseAMotionAndItsOppositeCouldBothPass() {
        rejects(replace(ukCic(), "majority: \"0.50\"", "majority: \"0.40\""),
                "resolutions.ordinary.majority", "a motion and its opposite both pass", "at least \"0.50\"");
    }

    @Test
    void majorityOfExactlyHalfCountedAtLeastIsRejected() {
        rejects(replace(ukCic(), "majority: \"0.75\"", "majority: \"0.50\""), "resolutions.special.majority", "more than \"0.50\"");
    }

    @Test
    void majorityMoreThanEverythingIsRejected() {
        rejects(replace(ukCic(), "majority_rule: at-least", "majority_rule: more-than").replace("\"0.75\"", "\"1\""),
                "resolutions.special.majority", "use majority_rule: at-least for unanimity");
    }

    @Test
    void unknownMajorityRuleIsRejected() {
        rejects(replace(ukCic(), "majority_rule: at-least", "majority_rule: at-most"),
                "resolutions.special.majority_rule", "expected more-than or at-least");
    }

    @Test
    void specialResolutionEasierThanOrdinaryIsRejected() {
        rejects(replace(ukCic(), "quorum: \"0.50\"", "quorum: \"0.10\""), "resolutions.special.quorum", "at least the quorum");
    }

    @Test
    void missingSpecialResolutionIsNamed() {
        String markdown = replace(ukCic(), "  special:\n    majority: \"0.75\"\n    majority_rule: at-least\n    quorum: \"0.50\"\n", "");

        rejects(markdown, "resolutions.special", "missing");
    }

    @Test
    void reportingMinimumCountDefaultsToTen() {
        assertEquals(10, CharterParser.parse(ukCic()).reportingMinimumCount());
    }

    @Test
    void reportingMinimumCountIsRead() {
        assertEquals(25, CharterParser.parse(replace(ukCic(), "currency: GBP\n", "currency: GBP\nreporting: { minimum_count: 25 }\n"))
                .reportingMinimumCount());
    }

    @Test
    void reportingMinimumCountOfOneIsRejected() {
        rejects(replace(ukCic(), "currency: GBP\n", "currency: GBP\nreporting: { minimum_count: 1 }\n"),
                "reporting.minimum_count", "1", "below 2 a published figure could be about one person");
    }

    @Test
    void reportingMinimumCountMustBeWhole() {
        rejects(replace(ukCic(), "currency: GBP\n", "currency: GBP\nreporting: { minimum_count: 9.5 }\n"),
                "reporting.minimum_count", "9.5");
    }
}
