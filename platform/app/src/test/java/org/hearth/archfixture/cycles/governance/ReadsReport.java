package org.hearth.archfixture.cycles.governance;

/** Broken: a feature module that depends on reporting (rule d), which reads it back: a cycle. */
public class ReadsReport {
    private org.hearth.archfixture.cycles.reporting.Report report;
}
