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
 * @param credential what authenticated the call: a token id, OAuth client id or "session"
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
