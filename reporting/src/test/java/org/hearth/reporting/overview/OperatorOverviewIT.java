package org.hearth.reporting.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;

import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator's overview counts every tenant's rows under the audited system scope. */
class OperatorOverviewIT {

    private final TestDatabase database = TestDatabase.get();
    private final UUID operator = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        database.reset();
        database.db().system(CallContext.system("test.seed"), dsl -> {
            dsl.execute("insert into datastore.individuals (id, email_hash, password_hash) values (gen_random_uuid(), '\\x01'::bytea, 'x'), "
                    + "(gen_random_uuid(), '\\x02'::bytea, 'x'), (gen_random_uuid(), '\\x03'::bytea, 'x')");
            dsl.execute("update datastore.individuals set erased_at = now() where email_hash = '\\x03'::bytea");
            dsl.execute("insert into tenants.tenants (id, name, kind) values (gen_random_uuid(), 'A', 'company'), (gen_random_uuid(), 'B', 'nonprofit')");
            return null;
        });
    }

    @Test
    void countsLiveIndividualsAndEveryTenantAndRecordsWhoAsked() {
        CallContext ctx = new CallContext(Actor.staff(operator, Set.of("operator")), "getOperatorOverview", RequestId.generate());

        OperatorOverview.Figures figures = new OperatorOverview(database.db()).figures(ctx);

        assertThat(figures.individuals()).isEqualTo(2);
        assertThat(figures.tenants()).isEqualTo(2);
        assertThat(database.count(AUDIT_LOG, AUDIT_LOG.ACTOR_ID.eq(operator).and(AUDIT_LOG.OPERATION.eq("getOperatorOverview"))
                .and(AUDIT_LOG.SCOPE.eq("system")))).isEqualTo(1);
    }
}
