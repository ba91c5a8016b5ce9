package org.hearth.datastore.portability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnpackBudgetTest {

    @Test
    void importsShareOneBudgetAndWhatIsGivenBackCanBeTakenAgain() {
        UnpackBudget budget = new UnpackBudget(100);
        assertTrue(budget.take(60), "the first import unpacks 60");
        assertFalse(budget.take(50), "a second cannot take more than is left");
        assertTrue(budget.take(40));
        assertFalse(budget.take(1));
        budget.giveBack(60);
        assertTrue(budget.take(50), "the first import's share is free once it ends");
    }
}
