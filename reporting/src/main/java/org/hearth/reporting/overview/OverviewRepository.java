package org.hearth.reporting.overview;

import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import org.jooq.DSLContext;

/**
 * The counts the overview shows, read from the other modules' tables (reporting reads them; none
 * of them reads reporting). Tenant-owned tables are under row-level security, so the caller runs
 * these under the system scope.
 */
final class OverviewRepository {

    OperatorOverview.Figures figures(DSLContext dsl) {
        return new OperatorOverview.Figures(
                dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.ERASED_AT.isNull()),
                dsl.fetchCount(TENANTS_),
                dsl.fetchCount(OUTBOX_EVENTS, OUTBOX_EVENTS.PUBLISHED_AT.isNull()));
    }
}
