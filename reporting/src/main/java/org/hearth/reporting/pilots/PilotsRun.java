package org.hearth.reporting.pilots;

import static org.hearth.schema.generated.tenants.Tables.PILOTS;

import java.time.LocalDate;
import org.jooq.DSLContext;

/**
 * How many pilots with public bodies ran in a period: approved (or since ended) pilots whose
 * dates overlap it. Proposed and refused pilots never ran. The board's dashboard and the public
 * transparency page count the same way. Tenants' rows are under row-level security: the caller
 * holds the system scope.
 */
public final class PilotsRun {

    private PilotsRun() {
    }

    /** Pilots that ran on at least one day from {@code from} to {@code to}, both included. */
    public static long in(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.fetchCount(PILOTS, PILOTS.STATUS.in("approved", "ended")
                .and(PILOTS.STARTS_ON.le(to)).and(PILOTS.ENDS_ON.ge(from)));
    }

    /** Every pilot ever approved: a change in it changes what the transparency page says. */
    public static long everApproved(DSLContext dsl) {
        return dsl.fetchCount(PILOTS, PILOTS.STATUS.in("approved", "ended"));
    }
}
