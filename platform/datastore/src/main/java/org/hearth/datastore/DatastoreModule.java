package org.hearth.datastore;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.datastore.accounts.AccountRoutes;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.pages.AccountPages;
import org.hearth.datastore.tokens.TokenRoutes;
import org.hearth.datastore.tokens.TokenService;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.PasswordLogin;
import org.hearth.web.security.PersonalTokenVerifier;
import org.hearth.web.security.Security;

/** The datastore module's services, composed once by the application. */
public final class DatastoreModule {

    private final AccountService accounts;
    private final TokenService tokens;

    private DatastoreModule(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public static DatastoreModule create(Db db, LookupKey lookupKey, PasswordHasher hasher, Clock clock) {
        return new DatastoreModule(new AccountService(db, lookupKey, hasher), new TokenService(db, clock));
    }

    public PasswordLogin passwordLogin() {
        return accounts;
    }

    public PersonalTokenVerifier tokenVerifier() {
        return tokens;
    }

    public AccountService accounts() {
        return accounts;
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new AccountRoutes(accounts), new TokenRoutes(tokens));
    }

    public List<Consumer<Router>> pages(Security security) {
        return List.of(new AccountPages(security, tokens)::mount);
    }
}
