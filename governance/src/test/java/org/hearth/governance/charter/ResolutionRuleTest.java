package org.hearth.governance.charter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResolutionRuleTest {

    private static final ResolutionRule ORDINARY = new ResolutionRule(new BigDecimal("0.50"), new BigDecimal("0.25"));
    private static final ResolutionRule SPECIAL =
            new ResolutionRule(new BigDecimal("0.75"), ResolutionRule.Threshold.AT_LEAST, new BigDecimal("0.50"));

    @Test
    void ordinaryResolutionNeedsMoreThanHalf() {
        assertFalse(ORDINARY.carries(new BigDecimal("50"), new BigDecimal("100")));
        assertTrue(ORDINARY.carries(new BigDecimal("50.01"), new BigDecimal("100")));
    }

    @Test
    void specialResolutionPassesAtExactlyThreeQuarters() {
        assertTrue(SPECIAL.carries(new BigDecimal("75"), new BigDecimal("100")));
        assertFalse(SPECIAL.carries(new BigDecimal("74.99"), new BigDecimal("100")));
    }

    @Test
    void nothingPassesWhenNoVoteIsCast() {
        assertFalse(ORDINARY.carries(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void meetingIsQuorateFromTheQuorumUp() {
        assertFalse(ORDINARY.isQuorate(new BigDecimal("0.2499")));
        assertTrue(ORDINARY.isQuorate(new BigDecimal("0.25")));
    }
}
