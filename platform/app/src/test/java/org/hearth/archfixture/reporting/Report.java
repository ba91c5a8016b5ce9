package org.hearth.archfixture.reporting;

/** Fixture: a reporting class. */
public final class Report {
    public static int total() {
        return 1;
    }
}
