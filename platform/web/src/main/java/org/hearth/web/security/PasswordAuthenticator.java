package org.hearth.web.security;

import org.hearth.kernel.login.PasswordLogin;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.credentials.UsernamePasswordCredentials;
import org.pac4j.core.credentials.authenticator.Authenticator;
import org.pac4j.core.exception.CredentialsException;

/** Adapts a {@link PasswordLogin} to pac4j, for the login forms and HTTP Basic. */
final class PasswordAuthenticator implements Authenticator {

    private final PasswordLogin login;

    PasswordAuthenticator(PasswordLogin login) {
        this.login = login;
    }

    @Override
    public Optional<Credentials> validate(CallContext ctx, Credentials credentials) {
        UsernamePasswordCredentials up = (UsernamePasswordCredentials) credentials;
        Optional<Actor> caller = login.login(up.getUsername(), up.getPassword());
        if (caller.isEmpty()) {
            // One message whatever went wrong: it must not reveal whether the account exists.
            throw new CredentialsException("invalid");
        }
        up.setUserProfile(CallerProfiles.toProfile(caller.get()));
        return Optional.of(up);
    }
}
