package org.hearth.governance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.closing.YearClosing;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.FinancialYear;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A French SCIC's closing allocates the surplus to its indivisible reserves, on real PostgreSQL. */
class ScicReservesIT {

    private Books books;
    private FinancialYear year;

    @BeforeEach
    void setUp() {
        books = new Books(SampleCharters.frScic(), LocalDate.parse("2024-02-01"));
        year = books.open("2023-01-01");
        books.post("2023-02-01", EntryKind.SHARE_CAPITAL, "1000", "3000", "10000.00");
        books.post("2023-06-01", EntryKind.REVENUE, "1000", "4000", "5000.00");
    }

    @Test
    void closingAllocatesAtLeastTheLegalAndStatutoryMinimums() {
        YearClosing.Closed closed = books.services.closing().close(books.as("closeYear"), year.id(), null, null);

        // 15% of 5000 to the legal reserve (well below the 10000 of share capital), then half of the 4250 left.
        assertThat(closed.allocation().proposal().legalReserve()).isEqualTo(books.money("750.00"));
        assertThat(closed.allocation().proposal().statutoryReserve()).isEqualTo(books.money("2125.00"));
        assertThat(closed.allocationEntry().kind()).isEqualTo(EntryKind.RESERVE_ALLOCATION);
        var status = books.services.status().of(year.id());
        assertThat(status.reserves().legalReserve()).isEqualTo(books.money("750.00"));
        assertThat(status.reserves().statutoryReserve()).isEqualTo(books.money("2125.00"));
        assertThat(status.reserves().shareCapitalHighWaterMark()).isEqualTo(books.money("10000.00"));
        assertThat(books.audited("closeYear")).isEqualTo(1);
    }

    @Test
    void anAllocationBelowTheLegalMinimumIsRefusedAndTheYearStaysOpen() {
        int entries = books.entries();
        assertThatThrownBy(() -> books.services.closing().close(books.as("closeYear"), year.id(), books.money("100.00"), null))
                .isInstanceOfSatisfying(HearthException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RESERVE_MINIMUM);
                    assertThat(e.code().status()).isEqualTo(422);
                    assertThat(e.extensions()).containsEntry("legalReserveMinimum", "750.00").containsEntry("surplus", "5000.00");
                });
        assertThat(books.entries()).isEqualTo(entries);
        assertThat(books.services.ledger().years().year(year.id()).open()).isTrue();
        assertThat(books.audited("closeYear")).isZero();
        assertThat(books.services.ledger().statements().trialBalance(null, null).stream()
                .filter(b -> ChartOfAccounts.LEGAL_RESERVE.equals(b.account().role())).findFirst().orElseThrow().natural().isZero()).isTrue();
    }
}
