package org.hearth.governance.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a journal entry records. {@code manual} kinds are the ones an operator may post by hand;
 * the others are booked only by the platform's own operations (dividends, closing, allocations...),
 * which check the legal rules first. The schema's CHECK on {@code journal_entries.kind} lists the
 * same codes (governance/006-billing-revenue.sql, after 005-entry-kinds.sql); {@code EntryKindTest} keeps the two in step.
 */
public enum EntryKind {
    REVENUE(true), COST(true), GRANT(true), DONATION(true), SHARE_CAPITAL(true), ADJUSTMENT(true), PAYMENT(true),
    REVERSAL(false), CLOSING(false), RESERVE_ALLOCATION(false), DIVIDEND(false), SHARE_INTEREST(false), LOAN(false),
    INTEREST(false), ASSET_TRANSFER(false), PROJECT_ALLOCATION(false), PROJECT_SPENDING(false),
    /** Billing's revenue, booked from the outbox by {@code governance.billing} (issue 11). */
    INVOICE_ISSUED(false), INVOICE_PAYMENT(false), CREDIT_NOTE(false);

    private final boolean manual;

    EntryKind(boolean manual) {
        this.manual = manual;
    }

    /** Whether an operator may post an entry of this kind by hand. */
    public boolean manual() {
        return manual;
    }

    /** The stored and wire form, e.g. {@code share_capital}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntryKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** The codes of the kinds an operator may post, in declaration order. */
    public static List<String> manualCodes() {
        return Arrays.stream(values()).filter(EntryKind::manual).map(EntryKind::code).toList();
    }
}
