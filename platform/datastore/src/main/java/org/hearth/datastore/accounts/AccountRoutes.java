package org.hearth.datastore.accounts;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code POST /api/v1/accounts} and {@code GET /api/v1/me}. */
public final class AccountRoutes implements ApiRoutes {

    private final AccountService accounts;

    public AccountRoutes(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("createAccount", this::create).handle("getMe", this::me);
    }

    private void create(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        // The contract allows only "en" or "fr"; the service refuses anything else again (422), before creating anything.
        Object language = body.getValue("language");
        if (language != null && !(language instanceof String)) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "language must be \"en\" or \"fr\"; nothing was created.");
        }
        Account account = accounts.signUp("createAccount", Calls.requestId(rc), body.getString("email"), body.getString("password"),
                java.util.Optional.ofNullable((String) language));
        rc.response().putHeader("Location", "/api/v1/me");
        Api.json(rc, 201, toJson(account));
    }

    private void me(RoutingContext rc) {
        Account account = accounts.find(Calls.actor(rc))
                .orElseThrow(() -> new HearthException(ErrorCode.UNAUTHENTICATED, "This account no longer exists."));
        Api.json(rc, 200, toJson(account));
    }

    public static JsonObject toJson(Account account) {
        return new JsonObject().put("id", account.id().toString()).put("kind", "individual").put("createdAt", account.createdAt().toString())
                .put("language", account.language().orElse(null));
    }
}
