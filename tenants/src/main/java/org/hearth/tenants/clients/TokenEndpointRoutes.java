package org.hearth.tenants.clients;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.AccessTokens;
import org.hearth.web.security.BasicCredentials;

/**
 * {@code POST /oauth/token}, the OAuth2 client-credentials grant (RFC 6749 §4.4). The client
 * authenticates with HTTP Basic or with form fields; errors are problem JSON that also carry
 * the RFC's {@code error} member, so stock OAuth clients understand them.
 */
public final class TokenEndpointRoutes implements ApiRoutes {

    private final ClientService clients;

    public TokenEndpointRoutes(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("issueAccessToken", this::token);
    }

    private void token(RoutingContext rc) {
        MultiMap form = rc.request().formAttributes();
        String grant = form.get("grant_type");
        if (!"client_credentials".equals(grant)) {
            throw new HearthException(ErrorCode.UNSUPPORTED_GRANT_TYPE, "Only grant_type=client_credentials is supported.",
                    Map.of("error", "unsupported_grant_type"));
        }
        String[] credentials = basic(rc.request().getHeader("Authorization"));
        String clientId = credentials != null ? credentials[0] : form.get("client_id");
        String secret = credentials != null ? credentials[1] : form.get("client_secret");
        if (clientId == null || secret == null) {
            throw new HearthException(ErrorCode.INVALID_CLIENT, "Send the client id and secret with HTTP Basic or as form fields.",
                    Map.of("error", "invalid_client"));
        }
        AccessTokens.Issued issued = clients.issueToken(Calls.requestId(rc), clientId, secret);
        rc.response().putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache");
        Api.json(rc, 200, new JsonObject()
                .put("access_token", issued.token())
                .put("token_type", "Bearer")
                .put("expires_in", issued.expiresInSeconds()));
    }

    /** Client id and secret from {@code Authorization: Basic}, form-url-decoded as RFC 6749 §2.3.1 requires. */
    static String[] basic(String header) {
        return BasicCredentials.parse(header).map(BasicCredentials::formDecoded).map(c -> new String[] {c.username(), c.password()}).orElse(null);
    }
}
