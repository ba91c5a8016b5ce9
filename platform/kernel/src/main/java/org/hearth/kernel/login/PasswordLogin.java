package org.hearth.kernel.login;

import java.util.Optional;
import org.hearth.kernel.actor.Actor;

/** Checks a username and password; implemented for individuals (datastore) and for staff. */
@FunctionalInterface
public interface PasswordLogin {
    Optional<Actor> login(String username, String password);
}
