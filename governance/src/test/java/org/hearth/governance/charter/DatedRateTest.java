package org.hearth.governance.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatedRateTest {

    private static final List<DatedRate> SCHEDULE = List.of(
            new DatedRate(LocalDate.of(2010, 4, 6), new BigDecimal("0.10")),
            new DatedRate(LocalDate.of(2014, 10, 1), new BigDecimal("0.20")));

    @Test
    void rateChangesOnTheDayOfTheNewEntry() {
        assertEquals(Optional.of(new BigDecimal("0.10")), DatedRate.inForceOn(SCHEDULE, LocalDate.of(2014, 9, 30)));
        assertEquals(Optional.of(new BigDecimal("0.20")), DatedRate.inForceOn(SCHEDULE, LocalDate.of(2014, 10, 1)));
    }

    @Test
    void noRateBeforeTheScheduleStarts() {
        assertEquals(Optional.empty(), DatedRate.inForceOn(SCHEDULE, LocalDate.of(2010, 4, 5)));
    }

    @Test
    void latestStartedEntryWinsWhateverTheListOrder() {
        assertEquals(Optional.of(new BigDecimal("0.20")), DatedRate.inForceOn(SCHEDULE.reversed(), LocalDate.of(2020, 1, 1)));
    }
}
