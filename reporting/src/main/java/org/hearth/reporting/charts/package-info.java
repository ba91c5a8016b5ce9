/**
 * Accessible charts drawn on the server as SVG: a {@link org.hearth.reporting.charts.BarChart}
 * carries its title, a description and the figures, and draws itself as an SVG image whose
 * {@code <title>} and {@code <desc>} name it for screen readers; pages show the same figures in a
 * table beside it. Used by the board's impact dashboard, and meant for the transparency page and
 * the annual report.
 */
package org.hearth.reporting.charts;
