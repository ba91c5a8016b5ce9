package org.hearth.governance.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.governance.charter.LegalProfile;

/**
 * The accounts every ledger starts with, chosen by the legal profile: revenue by source
 * (subscriptions, usage fees, commissions, grants, donations, other), expenses by category, and
 * the equity accounts the rules move. A French SCIC also gets its legal and statutory reserves.
 * Seeding ({@link Accounts#seed}) is idempotent: it adds what is missing at start and never renames what is there.
 */
public final class ChartOfAccounts {

    public static final String CASH = "cash";
    /** What customers owe on issued invoices (billing's receivable). */
    public static final String RECEIVABLES = "receivables";
    /** VAT collected on invoices, owed to the tax authority. */
    public static final String VAT_PAYABLE = "vat_payable";
    /** Moved by {@code share_capital} entries only; its dated history gives a SCIC's legal reserve threshold (the high-water mark). */
    public static final String SHARE_CAPITAL = "share_capital";
    public static final String RETAINED_EARNINGS = "retained_earnings";
    public static final String LEGAL_RESERVE = "legal_reserve";
    public static final String STATUTORY_RESERVE = "statutory_reserve";
    public static final String PROJECTS_RESERVE = "projects_reserve";
    public static final String DIVIDENDS_PAYABLE = "dividends_payable";
    public static final String SHARE_INTEREST_PAYABLE = "share_interest_payable";
    public static final String LOANS = "loans";
    public static final String INTEREST = "interest";
    public static final String COMMUNITY_TRANSFERS = "community_transfers";

    /**
     * Accounts only the rules may move: a manual entry touching them could pay a dividend past
     * the cap, skip a reserve or give assets away past the asset lock.
     */
    public static final Set<String> RULE_ONLY = Set.of(RETAINED_EARNINGS, LEGAL_RESERVE, STATUTORY_RESERVE, PROJECTS_RESERVE,
            DIVIDENDS_PAYABLE, SHARE_INTEREST_PAYABLE, COMMUNITY_TRANSFERS, LOANS, INTEREST);

    private ChartOfAccounts() {
    }

    public static List<Account> forProfile(LegalProfile profile) {
        List<Account> accounts = new ArrayList<>(List.of(
                new Account("1000", "Cash at bank", AccountType.ASSET, CASH, true),
                new Account("1100", "Receivables", AccountType.ASSET, RECEIVABLES, true),
                new Account("1500", "Equipment and other fixed assets", AccountType.ASSET, "fixed_assets", true),
                new Account("2000", "Payables", AccountType.LIABILITY, "payables", true),
                new Account("2100", "Dividends payable", AccountType.LIABILITY, DIVIDENDS_PAYABLE, true),
                new Account("2200", "Loans", AccountType.LIABILITY, LOANS, true),
                new Account("2400", "VAT payable", AccountType.LIABILITY, VAT_PAYABLE, true),
                new Account("3000", "Share capital", AccountType.EQUITY, SHARE_CAPITAL, true),
                new Account("3100", "Retained earnings", AccountType.EQUITY, RETAINED_EARNINGS, true),
                new Account("3400", "Reserve for community projects", AccountType.EQUITY, PROJECTS_RESERVE, true),
                new Account("4000", "Subscriptions", AccountType.REVENUE, "revenue:subscriptions", true),
                new Account("4100", "Usage fees", AccountType.REVENUE, "revenue:usage_fees", true),
                new Account("4200", "Commissions", AccountType.REVENUE, "revenue:commissions", true),
                new Account("4300", "Grants", AccountType.REVENUE, "revenue:grants", true),
                new Account("4400", "Donations", AccountType.REVENUE, "revenue:donations", true),
                new Account("4900", "Other revenue", AccountType.REVENUE, "revenue:other", true),
                new Account("5000", "Staff costs", AccountType.EXPENSE, "expense:staff", true),
                new Account("5100", "Hosting and infrastructure", AccountType.EXPENSE, "expense:hosting", true),
                new Account("5200", "Professional fees", AccountType.EXPENSE, "expense:professional", true),
                new Account("5300", "Premises", AccountType.EXPENSE, "expense:premises", true),
                new Account("5400", "Interest", AccountType.EXPENSE, INTEREST, true),
                new Account("5500", "Assets transferred for community benefit", AccountType.EXPENSE, COMMUNITY_TRANSFERS, true),
                new Account("5900", "Other expenses", AccountType.EXPENSE, "expense:other", true)));
        if (profile == LegalProfile.FR_SCIC) {
            accounts.add(new Account("2300", "Interest on shares payable", AccountType.LIABILITY, SHARE_INTEREST_PAYABLE, true));
            accounts.add(new Account("3200", "Legal reserve (art. 16 loi 47-1775)", AccountType.EQUITY, LEGAL_RESERVE, true));
            accounts.add(new Account("3300", "Statutory reserve (art. 19 nonies)", AccountType.EQUITY, STATUTORY_RESERVE, true));
        }
        return accounts;
    }
}
