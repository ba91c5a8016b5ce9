package org.hearth.governance.charter;

import static org.hearth.governance.charter.Samples.frScic;
import static org.hearth.governance.charter.Samples.rejects;
import static org.hearth.governance.charter.Samples.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The bounds of art. 19 octies of loi 47-1775 are inclusive: a SCIC college may hold exactly 10%
 * or exactly 50% of the votes, and not a hundredth of a point outside. (Weights of 5 and 60 are
 * refused in {@link CharterValidationTest}.)
 */
class CollegeWeightLimitsTest {

    private static String weights(String beneficiaries, String employees, String organisations, String founders) {
        String markdown = replace(frScic(), "name: Bénéficiaires, weight: 30", "name: Bénéficiaires, weight: " + beneficiaries);
        markdown = replace(markdown, "name: Salariés,      weight: 20", "name: Salariés,      weight: " + employees);
        markdown = replace(markdown, "name: Organisations, weight: 20", "name: Organisations, weight: " + organisations);
        return replace(markdown, "name: Fondateurs,    weight: 20", "name: Fondateurs,    weight: " + founders);
    }

    @Test
    void frScicCollegesAtExactlyFiftyAndTenPercentAreAccepted() {
        Charter charter = CharterParser.parse(weights("50", "10", "10", "20"));

        assertEquals(new BigDecimal("50"), charter.college("beneficiaries").orElseThrow().weight());
        assertEquals(new BigDecimal("10"), charter.college("employees").orElseThrow().weight());
    }

    @Test
    void frScicCollegeJustAboveFiftyPercentIsRejected() {
        rejects(weights("50.01", "10", "10", "19.99"), "colleges[0].weight", "between 10% and 50%");
    }

    @Test
    void frScicCollegeJustBelowTenPercentIsRejected() {
        rejects(weights("40.01", "9.99", "20", "20"), "colleges[1].weight", "between 10% and 50%");
    }
}
