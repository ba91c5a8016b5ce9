package org.hearth.reporting.pilots;

import static org.hearth.schema.generated.tenants.Tables.PILOTS;

import java.time.LocalDate;
import org.jooq.DSLContext;

/** {@link PilotsRun}'s counts over tenants' pilots. */
final class RunRepository {

    long ranIn(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.fetchCount(PILOTS, PILOTS.STATUS.in("approved", "ended").and(PILOTS.STARTS_ON.le(to)).and(PILOTS.ENDS_ON.ge(from)));
    }

    long everApproved(DSLContext dsl) {
        return dsl.fetchCount(PILOTS, PILOTS.STATUS.in("approved", "ended"));
    }
}
