package org.hearth.reporting.charts;

/** Writes a {@link BarChart} as SVG markup: an image named by its title and description. */
final class Svg {

    private Svg() {
    }

    static String of(BarChart chart) {
        int height = Math.max(1, chart.bars().size()) * BarChart.ROW + 8;
        int width = BarChart.LABEL + BarChart.PLOT + 120;
        String titleId = chart.id() + "-title";
        String descId = chart.id() + "-desc";
        StringBuilder out = new StringBuilder(512)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(chart.id())
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title id=\"").append(titleId).append("\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(escape(chart.description())).append("</desc>");
        for (int i = 0; i < chart.bars().size(); i++) {
            Bar bar = chart.bars().get(i);
            int y = 4 + i * BarChart.ROW;
            int text = y + BarChart.BAR - 4;
            var length = chart.length(i);
            out.append("<g class=\"bar\">")
                    .append("<text x=\"").append(BarChart.LABEL - 6).append("\" y=\"").append(text)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"currentColor\">").append(escape(bar.label())).append("</text>")
                    .append("<rect x=\"").append(BarChart.LABEL).append("\" y=\"").append(y).append("\" width=\"").append(length.toPlainString())
                    .append("\" height=\"").append(BarChart.BAR).append("\" fill=\"#1d5e8c\"/>")
                    .append("<text x=\"").append(length.add(java.math.BigDecimal.valueOf(BarChart.LABEL + 6)).toPlainString()).append("\" y=\"").append(text)
                    .append("\" font-size=\"13\" fill=\"currentColor\">").append(escape(bar.shown())).append("</text>")
                    .append("</g>");
        }
        return out.append("</svg>").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
