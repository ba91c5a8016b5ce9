package org.hearth.web.security;

import org.hearth.kernel.login.PersonalTokenVerifier;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.credentials.TokenCredentials;
import org.pac4j.core.credentials.authenticator.Authenticator;

/**
 * One bearer header, two kinds of token: personal access tokens carry a recognisable prefix and
 * are looked up; everything else must be one of our signed JWTs. Unknown tokens yield no
 * profile, which pac4j turns into a 401.
 */
final class BearerAuthenticator implements Authenticator {

    private final PersonalTokenVerifier personalTokens;
    private final AccessTokens accessTokens;

    BearerAuthenticator(PersonalTokenVerifier personalTokens, AccessTokens accessTokens) {
        this.personalTokens = personalTokens;
        this.accessTokens = accessTokens;
    }

    @Override
    public Optional<Credentials> validate(CallContext ctx, Credentials credentials) {
        String token = ((TokenCredentials) credentials).getToken();
        Optional<Actor> caller = token.startsWith(PersonalTokenVerifier.PREFIX)
                ? personalTokens.verify(token)
                : accessTokens.verify(token);
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        credentials.setUserProfile(CallerProfiles.toProfile(caller.get()));
        return Optional.of(credentials);
    }
}
