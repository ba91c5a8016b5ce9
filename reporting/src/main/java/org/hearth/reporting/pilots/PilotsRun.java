package org.hearth.reporting.pilots;

import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * How many pilots with public bodies ran in a period: approved (or since ended) pilots whose
 * dates overlap it. Proposed and refused pilots never ran. The board's dashboard and the public
 * transparency page count the same way. Tenants' rows are under row-level security: the caller
 * holds the system scope, in whose transaction {@code dsl} is.
 */
public final class PilotsRun {

    private static final RunRepository REPOSITORY = new RunRepository();

    private PilotsRun() {
    }

    /** Pilots that ran on at least one day from {@code from} to {@code to}, both included. */
    public static long in(DSLContext dsl, LocalDate from, LocalDate to) {
        return REPOSITORY.ranIn(dsl, from, to);
    }

    /** Every pilot ever approved: a change in it changes what the transparency page says. */
    public static long everApproved(DSLContext dsl) {
        return REPOSITORY.everApproved(dsl);
    }
}
