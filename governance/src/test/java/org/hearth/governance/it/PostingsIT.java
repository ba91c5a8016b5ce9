package org.hearth.governance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting entries through the ledger's services on real PostgreSQL, each write audited. */
class PostingsIT {

    private Books books;

    @BeforeEach
    void setUp() {
        books = new Books(SampleCharters.ukCic(), LocalDate.parse("2024-06-01"));
        books.open("2023-04-01");
    }

    @Test
    void aBalancedEntryIsBookedUnderTheStaffMembersReferenceAndAudited() {
        int before = books.audited("postEntry");
        Entry entry = books.post("2023-05-01", EntryKind.REVENUE, "1000", "4000", "1200.00");

        assertThat(entry.author()).isEqualTo("staff:" + books.staffId);
        assertThat(entry.kind()).isEqualTo(EntryKind.REVENUE);
        assertThat(books.services.ledger().statements().entry(entry.id())).isPresent();
        assertThat(books.audited("postEntry")).isEqualTo(before + 1);
        assertThat(books.services.ledger().statements().trialBalance(null, null).stream()
                .filter(b -> b.account().code().equals("1000")).findFirst().orElseThrow().natural())
                .isEqualTo(books.money("1200.00"));
    }

    @Test
    void anUnbalancedEntryIsRefusedAndChangesNothing() {
        int entries = books.entries();
        int audit = books.auditRows();
        NewEntry unbalanced = new NewEntry(LocalDate.parse("2023-06-01"), EntryKind.COST, "Hosting", "INV-7",
                List.of(Line.debit("5100", books.money("120.00")), Line.credit("1000", books.money("110.00"))));

        assertThatThrownBy(() -> books.services.ledger().postings().post(books.as("postEntry"), unbalanced))
                .isInstanceOfSatisfying(HearthException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNBALANCED_ENTRY);
                    assertThat(e.code().status()).isEqualTo(422);
                });
        assertThat(books.entries()).isEqualTo(entries);
        assertThat(books.auditRows()).as("a refused write leaves no audit row either").isEqualTo(audit);
    }

    @Test
    void aKindOnlyThePlatformBooksCannotBePostedByHand() {
        int entries = books.entries();
        for (EntryKind kind : EntryKind.values()) {
            if (kind.manual()) {
                continue;
            }
            NewEntry byHand = new NewEntry(LocalDate.parse("2023-06-01"), kind, "Sneaky", "none",
                    List.of(Line.debit("5900", books.money("1.00")), Line.credit("1000", books.money("1.00"))));
            assertThatThrownBy(() -> books.services.ledger().postings().post(books.as("postEntry"), byHand))
                    .as(kind.code())
                    .isInstanceOfSatisfying(HearthException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.LEDGER_RULE);
                        assertThat(e.code().status()).isEqualTo(422);
                    });
        }
        assertThat(books.entries()).isEqualTo(entries);
    }

    @Test
    void theDatabaseRefusesAKindOutsideTheClosedSet() {
        Entry entry = books.post("2023-05-01", EntryKind.COST, "5100", "1000", "10.00");
        assertThatThrownBy(() -> books.database.db().write(books.as("test.raw_insert"), dsl -> dsl.execute(
                "insert into governance.journal_entries (id, entry_date, document_date, year_id, kind, description, justification, author, currency) "
                        + "values (gen_random_uuid(), date '2023-05-02', date '2023-05-02', ?::uuid, 'bribe', 'x', 'y', 'staff:x', 'GBP')",
                entry.yearId().toString())))
                .hasMessageContaining("journal_entries_kind_known");
    }

    @Test
    void aReversalMirrorsTheEntryOnceAndIsAudited() {
        Entry cost = books.post("2023-05-01", EntryKind.COST, "5100", "1000", "80.00");
        Entry reversal = books.services.ledger().postings().reverse(books.as("reverseEntry"), cost.id(), LocalDate.parse("2023-05-02"), "Duplicate");

        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(reversal.reverses()).isEqualTo(cost.id());
        assertThat(reversal.lines().getFirst().credit()).isEqualTo(books.money("80.00"));
        assertThat(books.audited("reverseEntry")).isEqualTo(1);
        assertThatThrownBy(() -> books.services.ledger().postings().reverse(books.as("reverseEntry"), cost.id(), LocalDate.parse("2023-05-03"), "Again"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }
}
