package org.hearth.web.security;

import java.util.Optional;
import org.hearth.web.Caller;

/** Checks a username and password; implemented for individuals (datastore) and for staff. */
@FunctionalInterface
public interface PasswordLogin {
    Optional<Caller> login(String username, String password);
}
