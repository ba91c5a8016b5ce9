package org.hearth.web.security;

import org.hearth.web.Caller;

/** Finds, or on first sign-in creates, the individual behind an external OpenID Connect identity; implemented by the datastore. */
@FunctionalInterface
public interface OidcLogin {
    Caller login(String issuer, String subject, String email);
}
