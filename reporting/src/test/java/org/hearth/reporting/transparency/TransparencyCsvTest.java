package org.hearth.reporting.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class TransparencyCsvTest {

    @Test
    void fieldsWithCommasOrQuotesAreQuotedAndQuotesDoubled() {
        assertThat(TransparencyCsv.field("plain")).isEqualTo("plain");
        assertThat(TransparencyCsv.field("Schools, libraries")).isEqualTo("\"Schools, libraries\"");
        assertThat(TransparencyCsv.field("the \"open\" fund")).isEqualTo("\"the \"\"open\"\" fund\"");
        assertThat(TransparencyCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void oneRowPerFigureWithSuppressedCountsEmpty() {
        Money sales = Money.of("120.50", "GBP");
        Report.Period period = new Report.Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 2), false,
                List.of(new Report.Line("subscriptions", "Subscriptions", sales)), sales, List.of(), Money.of("0", "GBP"), sales,
                null, null, Count.suppressed(), new Breakdown(List.of(), Count.suppressed()), new Breakdown(List.of(), Count.of(0)), 0,
                Count.of(12));
        String csv = TransparencyCsv.of(new Report(Instant.EPOCH, "Hearth CIC", "uk-cic", "GBP", 10, List.of(period)));
        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows.getFirst()).isEqualTo(TransparencyCsv.HEADER);
        assertThat(rows).contains("2026-04-01/2026-12-02,false,revenue,by_source,subscriptions,120.50,GBP,false",
                "2026-04-01/2026-12-02,false,people,individuals_served,,,individuals,true",
                "2026-04-01/2026-12-02,false,organisations,total,,,organisations,true",
                "2026-04-01/2026-12-02,false,people,erasure_requests_honoured,,12,individuals,false");
        assertThat(rows).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(8));
    }

    @Test
    void dpvPurposesReadAsWords() {
        assertThat(TransparencyView.words("dpv:ServiceProvision")).isEqualTo("Service provision");
        assertThat(TransparencyView.words("public_body")).isEqualTo("Public body");
    }
}
