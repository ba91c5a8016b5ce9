package org.hearth.reporting.gdpr;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.platform.Tables.STAFF;
import static org.hearth.schema.generated.tenants.Tables.DATA_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.INVOICES;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The figures and data requests the record of processing is made of (run under the system scope). */
final class ProcessingRepository {

    long individuals(DSLContext dsl) {
        return dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.ERASED_AT.isNull());
    }

    long staff(DSLContext dsl) {
        return dsl.fetchCount(STAFF, STAFF.DISABLED_AT.isNull());
    }

    long billedTenants(DSLContext dsl) {
        return dsl.select(DSL.countDistinct(INVOICES.TENANT_ID)).from(INVOICES).fetchOne(0, Long.class);
    }

    List<ProcessingRecord.ProcessorEntry> processorEntries(DSLContext dsl) {
        var live = DSL.field(dsl.selectCount().from(AGREEMENTS)
                .where(AGREEMENTS.DATA_REQUEST_ID.eq(DATA_REQUESTS.ID), AGREEMENTS.REVOKED_AT.isNull(), AGREEMENTS.EXPIRES_AT.gt(DSL.currentOffsetDateTime())));
        return dsl.select(TENANTS_.ID, TENANTS_.NAME, TENANTS_.BILLING_COUNTRY, DATA_REQUESTS.ID, DATA_REQUESTS.TITLE, DATA_REQUESTS.PURPOSE,
                        DATA_REQUESTS.CATEGORIES, DATA_REQUESTS.ACCESS_MODES, DATA_REQUESTS.LAWFUL_BASIS, DATA_REQUESTS.RETENTION_DAYS,
                        DATA_REQUESTS.DURATION_DAYS, DATA_REQUESTS.STATUS, live)
                .from(DATA_REQUESTS).join(TENANTS_).on(TENANTS_.ID.eq(DATA_REQUESTS.TENANT_ID))
                .orderBy(TENANTS_.NAME, TENANTS_.ID, DATA_REQUESTS.CREATED_AT, DATA_REQUESTS.ID)
                .fetch(r -> new ProcessingRecord.ProcessorEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        List.of(r.value7()), List.of(r.value8()), r.value9(), r.value10(), r.value11(), "open".equals(r.value12()),
                        r.value13() == null ? 0 : r.value13().longValue()));
    }
}
