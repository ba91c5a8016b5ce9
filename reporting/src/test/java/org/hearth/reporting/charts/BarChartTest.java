package org.hearth.reporting.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final BarChart REVENUE = new BarChart("revenue", "Revenue by month", "Revenue rose from March to April.", List.of(
            new Bar("2026-03", new BigDecimal("100.00"), "100.00"),
            new Bar("2026-04", new BigDecimal("400.00"), "400.00"),
            new Bar("2026-05", new BigDecimal("-50.00"), "-50.00")));

    @Test
    void anImageNamedByItsTitleAndDescription() {
        String svg = REVENUE.svg();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"", "aria-labelledby=\"revenue-title revenue-desc\"",
                        "<title id=\"revenue-title\">Revenue by month</title>", "<desc id=\"revenue-desc\">Revenue rose from March to April.</desc>");
    }

    @Test
    void barsAreProportionalToTheirValuesAndTheLongestFillsThePlot() {
        List<String> widths = widths(REVENUE.svg());
        assertThat(widths).containsExactly("75.00", "300.00", "0.00");
    }

    @Test
    void everyFigureIsWrittenBesideItsBar() {
        String svg = REVENUE.svg();
        assertThat(svg).contains(">2026-03</text>", ">100.00</text>", ">400.00</text>", ">-50.00</text>");
    }

    @Test
    void labelsAreEscaped() {
        BarChart chart = new BarChart("x", "A < B & \"C\"", "d", List.of(new Bar("<script>", BigDecimal.ONE, "1")));
        assertThat(chart.svg()).contains("A &lt; B &amp; &quot;C&quot;", "&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void allZeroDrawsNoBarsButKeepsTheFigures() {
        BarChart chart = new BarChart("zero", "t", "d", List.of(new Bar("a", BigDecimal.ZERO, "0"), new Bar("b", BigDecimal.ZERO, "0")));
        assertThat(widths(chart.svg())).containsExactly("0.00", "0.00");
    }

    @Test
    void anIdThatCouldBreakThePageIsRefused() {
        assertThatThrownBy(() -> new BarChart("a\"b", "t", "d", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> widths(String svg) {
        Matcher m = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"").matcher(svg);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
