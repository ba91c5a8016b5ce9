package org.hearth.kernel.login;

import java.util.Optional;
import org.hearth.kernel.actor.Actor;

/** Resolves an individual's personal access token; implemented by the datastore module. */
@FunctionalInterface
public interface PersonalTokenVerifier {

    /** Tokens of this kind start with this prefix, which is how a bearer token is routed here. */
    String PREFIX = "hpat_";

    Optional<Actor> verify(String token);
}
