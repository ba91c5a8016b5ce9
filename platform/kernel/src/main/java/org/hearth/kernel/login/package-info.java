/**
 * Signing in, without HTTP: the ports the web's authenticators call ({@link
 * org.hearth.kernel.login.PasswordLogin}, {@link org.hearth.kernel.login.PersonalTokenVerifier},
 * {@link org.hearth.kernel.login.OidcLogin}), implemented by the modules that own the accounts
 * (datastore, staff, tenants' members), and the password-guessing throttle they all share; and
 * the language each signed-in person chose for their pages ({@link
 * org.hearth.kernel.login.AccountLanguages}), implemented by the same modules.
 */
package org.hearth.kernel.login;
