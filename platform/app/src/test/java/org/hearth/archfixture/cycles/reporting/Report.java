package org.hearth.archfixture.cycles.reporting;

/** Fine on its own: reporting reads the other modules. */
public class Report {
    private org.hearth.archfixture.cycles.governance.ReadsReport source;
}
