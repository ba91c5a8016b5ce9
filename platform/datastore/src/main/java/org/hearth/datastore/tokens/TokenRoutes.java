package org.hearth.datastore.tokens;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code /api/v1/me/tokens}: create (with the password or a session), list, revoke. */
public final class TokenRoutes implements ApiRoutes {

    private final TokenService tokens;

    public TokenRoutes(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("createPersonalToken", this::create)
                .handle("listPersonalTokens", this::list)
                .handle("revokePersonalToken", this::revoke);
    }

    private void create(RoutingContext rc) {
        String name = rc.body().isEmpty() ? null : Api.body(rc).getString("name");
        PersonalToken.Created created = tokens.create(Calls.context(rc), name);
        rc.response().putHeader("Cache-Control", "no-store").putHeader("Location", "/api/v1/me/tokens/" + created.token().id());
        Api.json(rc, 201, toJson(created.token()).put("token", created.secret()));
    }

    private void list(RoutingContext rc) {
        JsonArray items = new JsonArray();
        tokens.list(Calls.actor(rc)).forEach(t -> items.add(toJson(t)));
        Api.json(rc, 200, new JsonObject().put("items", items));
    }

    private void revoke(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no active token with this id.");
        }
        tokens.revoke(Calls.context(rc), id);
        Api.noContent(rc);
    }

    static JsonObject toJson(PersonalToken token) {
        return new JsonObject()
                .put("id", token.id().toString())
                .put("name", token.name())
                .put("createdAt", token.createdAt().toString())
                .put("lastUsedAt", token.lastUsedAt() == null ? null : token.lastUsedAt().toString());
    }
}
