package org.hearth.governance.ledger;

import java.util.List;
import java.util.Optional;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.jooq.DSLContext;

/** The chart of accounts: seeded from the legal profile at start, extended by operators. */
public final class Accounts {

    private final Db db;
    private final LedgerRepository repository;

    Accounts(Db db, LedgerRepository repository) {
        this.db = db;
        this.repository = repository;
    }

    public List<Account> accounts() {
        return db.read("ledger.accounts", repository::accounts);
    }

    /** Adds the profile's accounts that are missing (idempotent; run at start, never while wiring). */
    public void seed(CallContext ctx, LegalProfile profile) {
        db.system(ctx, tx -> {
            repository.seedAccounts(tx, ChartOfAccounts.forProfile(profile));
            return null;
        });
    }

    public Account addAccount(CallContext ctx, String code, String name, AccountType type) {
        if (code == null || !code.matches("[0-9A-Za-z.-]{1,20}") || name == null || name.isBlank() || name.length() > 200) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "An account needs a code (letters, digits, dot or dash, up to 20) and a name.");
        }
        if (!db.write(ctx, tx -> repository.insertAccount(tx, code, name.strip(), type))) {
            throw new HearthException(ErrorCode.CONFLICT, "There is already an account " + code + ".");
        }
        return new Account(code, name.strip(), type, null, false);
    }

    /** The account the rules know by {@code role}. */
    public Account withRole(DSLContext dsl, String role) {
        return repository.accountWithRole(dsl, role)
                .orElseThrow(() -> new IllegalStateException("The chart of accounts has no account with role " + role));
    }

    /** The account with this code, read in the caller's transaction. */
    public Optional<Account> account(DSLContext dsl, String code) {
        return repository.account(dsl, code);
    }
}
