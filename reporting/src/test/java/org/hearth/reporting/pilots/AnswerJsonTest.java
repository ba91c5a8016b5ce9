package org.hearth.reporting.pilots;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is recorded is read back exactly: decimals as strings, bins in order. */
class AnswerJsonTest {

    @Test
    void aFigureAndItsIntervalSurviveTheRoundTripExactly() {
        Published p = new Published(new BigDecimal("41.2500"), new BigDecimal("38.10"), new BigDecimal("44.40"), new BigDecimal("3.15"), List.of());
        assertThat(AnswerJson.parse(AnswerJson.text(p))).isEqualTo(p);
    }

    @Test
    void aHistogramKeepsItsBinsInOrder() {
        Published p = new Published(null, null, null, BigDecimal.valueOf(7), List.of(new Published.Bin("yes", 3), new Published.Bin("no", 0)));
        assertThat(AnswerJson.parse(AnswerJson.text(p)).bins()).containsExactly(new Published.Bin("yes", 3), new Published.Bin("no", 0));
    }

    @Test
    void filtersAreStoredInAStableOrder() {
        assertThat(AnswerJson.filters(Map.of("b", "2", "a", "1"))).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
        assertThat(AnswerJson.filters("{\"a\":\"1\"}")).containsExactly(Map.entry("a", "1"));
    }
}
