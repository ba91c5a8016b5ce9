package org.hearth.archfixture.datastore;

import org.hearth.archfixture.reporting.Report;

/** Fixture: a datastore class that wrongly depends on reporting. */
public final class ReportReader {
    public int read() {
        return Report.total();
    }
}
