package org.hearth.governance.closing;

import java.time.LocalDate;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.governance.scic.ShareCapitalHistory;
import org.hearth.kernel.money.Money;
import org.jooq.DSLContext;

/** The figures the fr-scic reserve rule reads from the ledger: the share capital's history and the reserves. */
public final class ScicBooks {

    private final Ledger ledger;

    public ScicBooks(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Every movement of the share capital up to the end of {@code upTo}. */
    public ShareCapitalHistory capital(DSLContext dsl, LocalDate upTo) {
        return new ShareCapitalHistory(ledger.currency(), ledger.statements().dailyMovements(dsl, ChartOfAccounts.SHARE_CAPITAL, upTo));
    }

    /** The legal and statutory reserves at the end of {@code upTo}, less what {@code allocated} put in them then. */
    public ReservesBefore reserves(DSLContext dsl, LocalDate upTo, ReservesBefore allocated) {
        Money legal = ledger.statements().balanceOf(dsl, ChartOfAccounts.LEGAL_RESERVE, upTo).minus(allocated.legalReserve());
        Money statutory = ledger.statements().balanceOf(dsl, ChartOfAccounts.STATUTORY_RESERVE, upTo).minus(allocated.statutoryReserve());
        return new ReservesBefore(legal, statutory);
    }
}
