package org.hearth.reporting.gdpr;

import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/** The organisations' names an access report shows (names only, no tenant's data; run under the system scope). */
final class ReportRepository {

    Map<UUID, String> tenantNames(DSLContext dsl, Set<UUID> ids) {
        return dsl.select(TENANTS_.ID, TENANTS_.NAME).from(TENANTS_).where(TENANTS_.ID.in(ids)).fetchMap(TENANTS_.ID, TENANTS_.NAME);
    }
}
