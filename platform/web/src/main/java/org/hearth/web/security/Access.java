package org.hearth.web.security;

import java.util.Locale;

/**
 * Who may call an operation. The OpenAPI document names it per operation in
 * {@code x-hearth-access}, so the contract and the guard cannot drift apart.
 */
public enum Access {
    /** Anyone. */
    PUBLIC,
    /** An individual, by personal access token or browser session. */
    INDIVIDUAL,
    /** An individual proving their password now (HTTP Basic) or signed in in the browser. */
    INDIVIDUAL_PASSWORD,
    /** A tenant, by an OAuth2 access token issued at /oauth/token. */
    TENANT,
    /** Staff with the operator role. */
    OPERATOR,
    /** Staff with the board role. */
    BOARD,
    /** Staff with the operator or the board role: the governance records both read. */
    GOVERNANCE,
    /** Any member of staff (used for the staff home page). */
    STAFF;

    public static Access parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Unknown x-hearth-access value: " + value);
        }
    }
}
