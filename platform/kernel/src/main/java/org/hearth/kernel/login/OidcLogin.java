package org.hearth.kernel.login;

import org.hearth.kernel.actor.Actor;

/** Finds, or on first sign-in creates, the individual behind an external OpenID Connect identity; implemented by the datastore. */
@FunctionalInterface
public interface OidcLogin {
    Actor login(String issuer, String subject, String email);
}
