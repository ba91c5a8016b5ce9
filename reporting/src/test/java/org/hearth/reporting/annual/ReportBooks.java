package org.hearth.reporting.annual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.governance.GovernanceModule;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.board.Meeting;
import org.hearth.governance.board.MeetingKind;
import org.hearth.governance.board.Member;
import org.hearth.governance.board.Resolution;
import org.hearth.governance.board.ResolutionKind;
import org.hearth.governance.board.ResolutionSubject;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.CharterParser;
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
 * Governance on the real test PostgreSQL, emptied for each test, with a clock fixed on
 * {@code today}, and the annual reports over it: the books a report is reconciled with.
 */
final class ReportBooks {

    final TestDatabase database = TestDatabase.get();
    final GovernanceModule.Services services;
    final AnnualReports reports;
    final UUID staffId = UUID.randomUUID();
    final Actor staff = Actor.staff(staffId, Set.of("operator", "board"));

    ReportBooks(String charterFile, LocalDate today) {
        database.reset();
        Charter charter = CharterParser.parse(read(charterFile));
        GovernanceModule module = GovernanceModule.create(database.db(), charter, "charter " + charterFile,
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        module.start(CallContext.system("governance.start"));
        services = module.services();
        reports = new AnnualReports(database.db(), services);
        database.db().system(CallContext.system("test.staff"), dsl -> dsl.execute(
                "insert into platform.staff (id, email, password_hash, roles) values (?, 'ada@board.example', 'x', array['board'])", staffId));
    }

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

    /** A resolution on {@code subject} passed by one member of each of the charter's colleges. */
    UUID passed(ResolutionSubject subject, String heldOn, String title) {
        BoardService board = services.board();
        Meeting meeting = board.addMeeting(as("addMeeting"), LocalDate.parse(heldOn), MeetingKind.GENERAL, "General meeting");
        Resolution r = board.propose(as("proposeResolution"), meeting.id(), ResolutionKind.ORDINARY, subject, title, "Approve it.");
        for (var college : services.charter().colleges()) {
            Member m = board.addMember(as("addMember"), college.id() + " member " + UUID.randomUUID(), college.id(), false,
                    LocalDate.parse("2020-01-01"));
            board.vote(as("castVote"), r.id(), m.id(), "for");
        }
        return board.decide(as("decideResolution"), r.id()).id();
    }

    private static String read(String name) {
        try (InputStream in = ReportBooks.class.getResourceAsStream("/charter/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
