package org.hearth.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The measured impact counts what happened within the financial year, and nothing either side of it. */
class ImpactFiguresIT {

    @Test
    void countsPeopleRecordsAndConsentedReadsOfTheYearOnly() {
        TestDatabase database = TestDatabase.get();
        database.reset();
        database.db().system(CallContext.system("test.seed"), dsl -> {
            dsl.execute("insert into datastore.individuals (id, email_hash, password_hash, created_at, erased_at) values "
                    + "('00000000-0000-0000-0000-00000000000a', '\\x01'::bytea, 'x', '2023-01-01T00:00Z', null), "      // open all year
                    + "('00000000-0000-0000-0000-00000000000b', '\\x02'::bytea, 'x', '2022-01-01T00:00Z', '2023-06-01T00:00Z'), " // erased in the year
                    + "('00000000-0000-0000-0000-00000000000c', '\\x03'::bytea, 'x', '2022-01-01T00:00Z', '2023-03-31T23:00Z'), " // erased before
                    + "('00000000-0000-0000-0000-00000000000d', '\\x04'::bytea, 'x', '2024-04-01T00:00Z', null)");      // joined after
            dsl.execute("insert into datastore.records (id, individual_id, schema_id, category, version, created_at) values "
                    + "(gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', 'hearth:note/v1', 'dpv-pd:Utility', 1, '2023-04-01T00:00Z'), "
                    + "(gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', 'hearth:note/v1', 'dpv-pd:Utility', 1, '2024-03-31T23:59Z'), "
                    + "(gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', 'hearth:note/v1', 'dpv-pd:Utility', 1, '2024-04-01T00:00Z')");
            // Consented reads as billing meters them (one per read, in the hour of the act): one in the year, one on
            // each side of it.
            dsl.execute("insert into tenants.tenants (id, name, kind) values ('00000000-0000-0000-0000-0000000000f1', 'Reader', 'company')");
            dsl.execute("insert into tenants.usage (tenant_id, metric, agreement_id, hour, quantity) values "
                    + "('00000000-0000-0000-0000-0000000000f1', 'consented_reads', gen_random_uuid(), '2023-03-31T23:00Z', 1), "
                    + "('00000000-0000-0000-0000-0000000000f1', 'consented_reads', gen_random_uuid(), '2023-07-01T00:00Z', 1), "
                    + "('00000000-0000-0000-0000-0000000000f1', 'records_served', gen_random_uuid(), '2023-07-01T00:00Z', 20), "
                    + "('00000000-0000-0000-0000-0000000000f1', 'consented_reads', gen_random_uuid(), '2024-07-01T00:00Z', 1)");
            return null;
        });

        AnnualReportRepository.Impact impact = database.db().system(CallContext.system("test.impact"),
                dsl -> new AnnualReportRepository().impact(dsl, LocalDate.parse("2023-04-01"), LocalDate.parse("2024-03-31")));

        assertThat(impact.individuals()).isEqualTo(2);
        assertThat(impact.records()).isEqualTo(2);
        assertThat(impact.agreements()).isZero();
        assertThat(impact.consentedReads()).isEqualTo(1);
        System.out.println("impact of 2023-24: " + impact);
    }
}
