package org.hearth.web.security;

import org.hearth.kernel.login.PasswordLogin;
import org.hearth.kernel.login.PersonalTokenVerifier;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;

/**
 * Decides 401 against 403 when a guard found no credential it accepts: 401 when the request
 * carries no credential or an invalid one, 403 when it carries a valid one of another kind (a
 * tenant's JWT where an individual's password is needed, a personal token on a page...). A
 * credential the guard itself tried and refused is not checked twice.
 */
final class PresentedCredentials {

    static final String TRIED = "hearth.triedClients";
    private final PersonalTokenVerifier personalTokens;
    private final AccessTokens accessTokens;
    private final PasswordLogin individuals;

    PresentedCredentials(PersonalTokenVerifier personalTokens, AccessTokens accessTokens, PasswordLogin individuals) {
        this.personalTokens = personalTokens;
        this.accessTokens = accessTokens;
        this.individuals = individuals;
    }

    /** The valid caller the request's Authorization header names, if the guard did not accept that kind of header. */
    Optional<Actor> otherValid(RoutingContext rc) {
        String header = rc.request().getHeader("Authorization");
        String tried = rc.get(TRIED, "");
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7) && !tried.contains(Security.BEARER)) {
            String token = header.substring(7).trim();
            return token.startsWith(PersonalTokenVerifier.PREFIX) ? personalTokens.verify(token) : accessTokens.verify(token);
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6) && !tried.contains(Security.BASIC)) {
            return BasicCredentials.parse(header).flatMap(b -> individuals.login(b.username(), b.password()));
        }
        return Optional.empty();
    }
}
