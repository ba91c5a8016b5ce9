package org.hearth.governance.it;

import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.governance.GovernanceModule;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.money.Money;
import org.hearth.kernel.testing.TestDatabase;

/**
 * One governance module on the real test PostgreSQL, emptied and started afresh for each test,
 * driven through its services by a member of staff, with a clock fixed on {@code today}.
 */
final class Books {

    final TestDatabase database = TestDatabase.get();
    final GovernanceModule module;
    final GovernanceModule.Services services;
    final UUID staffId = UUID.randomUUID();
    final Actor staff = Actor.staff(staffId, Set.of("operator", "board"));

    Books(Charter charter, LocalDate today) {
        database.reset();
        module = GovernanceModule.create(database.db(), charter, "charter " + charter.legalProfile().code(),
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        module.start(CallContext.system("governance.start"));
        services = module.services();
    }

    /** The staff member doing {@code operation} in a fresh request. */
    CallContext as(String operation) {
        return new CallContext(staff, operation, RequestId.generate());
    }

    Money money(String amount) {
        return services.ledger().amounts().money(amount);
    }

    FinancialYear open(String startsOn) {
        return services.ledger().years().openYear(as("openYear"), LocalDate.parse(startsOn));
    }

    Entry post(String date, EntryKind kind, String debit, String credit, String amount) {
        return services.ledger().postings().post(as("postEntry"), new NewEntry(LocalDate.parse(date), kind, kind.code() + " " + amount,
                "DOC-" + amount, List.of(Line.debit(debit, money(amount)), Line.credit(credit, money(amount)))));
    }

    int entries() {
        return database.count(org.hearth.schema.generated.governance.Tables.JOURNAL_ENTRIES);
    }

    /** Audit rows written by the staff member for {@code operation}. */
    int audited(String operation) {
        return database.count(AUDIT_LOG, AUDIT_LOG.OPERATION.eq(operation).and(AUDIT_LOG.ACTOR_ID.eq(staffId))
                .and(AUDIT_LOG.ACTOR_KIND.eq("staff")));
    }

    int auditRows() {
        return database.count(AUDIT_LOG);
    }
}
