package org.hearth.web;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Who is calling, as established by the security layer: an individual, a tenant (through one of
 * its OAuth clients) or a member of staff. Passed explicitly to services; never kept in a
 * thread-local, because Vert.x runs many requests on one thread.
 *
 * @param id         the individual, tenant or staff member
 * @param credential what authenticated the call: a token id, OAuth client id, {@code session}, or
 *     {@code session:<id>} when a browser session belongs to one person acting for the caller (a
 *     tenant's team member)
 */
public record Caller(Kind kind, UUID id, Set<String> roles, String credential) {

    public enum Kind { INDIVIDUAL, TENANT, STAFF }

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The individual's id, or 403 when the caller is someone else. */
    public UUID individualId() {
        return require(Kind.INDIVIDUAL);
    }

    public UUID tenantId() {
        return require(Kind.TENANT);
    }

    /** Whether a browser session (not a token) authenticated the call. */
    public boolean isSession() {
        return credential.equals("session") || credential.startsWith("session:");
    }

    /** The person behind a {@code session:<id>} session, such as a tenant's team member. */
    public Optional<UUID> sessionPerson() {
        return credential.startsWith("session:") ? Optional.ofNullable(parse(credential.substring("session:".length()))) : Optional.empty();
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Optional<UUID> tokenId() {
        try {
            return Optional.of(UUID.fromString(credential));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private UUID require(Kind expected) {
        if (kind != expected) {
            throw new HearthException(ErrorCode.FORBIDDEN, "This operation is for callers of kind " + expected.name().toLowerCase());
        }
        return id;
    }
}
