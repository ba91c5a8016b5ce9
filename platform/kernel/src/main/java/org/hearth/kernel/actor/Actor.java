package org.hearth.kernel.actor;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Who is acting, as established once per request by the security layer: an individual, a tenant
 * (through an OAuth client or a team member's session), a member of staff, or the platform
 * itself. Passed explicitly to services; never kept in a thread-local, because Vert.x runs many
 * requests on one thread.
 *
 * @param id    the individual, tenant or staff member (for {@link Kind#SYSTEM}, a fixed id)
 * @param roles staff roles, or a team member's {@code member} and role
 */
public record Actor(Kind kind, UUID id, Set<String> roles, Credential credential) {

    public enum Kind { INDIVIDUAL, TENANT, STAFF, SYSTEM }

    /** The id every platform job acts under. */
    public static final UUID SYSTEM_ID = new UUID(0L, 0L);

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(credential, "credential");
        roles = Set.copyOf(roles);
    }

    public static Actor individual(UUID id, Credential credential) {
        return new Actor(Kind.INDIVIDUAL, id, Set.of(), credential);
    }

    public static Actor staff(UUID id, Set<String> roles) {
        return new Actor(Kind.STAFF, id, roles, new Credential.Session(id));
    }

    /** A tenant's team member, signed in to the console. */
    public static Actor member(UUID tenantId, UUID memberId, String role) {
        return new Actor(Kind.TENANT, tenantId, Set.of("member", role), new Credential.Session(memberId));
    }

    public static Actor client(UUID tenantId, String clientId) {
        return new Actor(Kind.TENANT, tenantId, Set.of(), new Credential.Client(clientId));
    }

    /** The platform itself, running the named job. */
    public static Actor system(String job) {
        return new Actor(Kind.SYSTEM, SYSTEM_ID, Set.of(), new Credential.Job(job));
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The individual's id, or 403 when the actor is someone else. */
    public UUID individualId() {
        return require(Kind.INDIVIDUAL);
    }

    public UUID tenantId() {
        return require(Kind.TENANT);
    }

    public UUID staffId() {
        return require(Kind.STAFF);
    }

    /** Whether a browser session (not a token or client) authenticated the actor. */
    public boolean isSession() {
        return credential instanceof Credential.Session;
    }

    /** The person behind the actor: who signed in to a session (a team member, the individual, the staff member). */
    public Optional<UUID> person() {
        return credential instanceof Credential.Session session ? Optional.of(session.person()) : Optional.empty();
    }

    public Optional<UUID> tokenId() {
        return credential instanceof Credential.PersonalToken token ? Optional.of(token.tokenId()) : Optional.empty();
    }

    public Optional<String> clientId() {
        return credential instanceof Credential.Client client ? Optional.of(client.clientId()) : Optional.empty();
    }

    /**
     * How the actor is named in audit trails and ledgers: {@code staff:<id>}, {@code tenant:<id>},
     * {@code individual:<id>}, {@code system:<job>}. Ids only, never personal data.
     */
    public String ref() {
        return switch (kind) {
            case SYSTEM -> "system:" + ((Credential.Job) credential).name();
            default -> kind.name().toLowerCase() + ":" + id;
        };
    }

    private UUID require(Kind expected) {
        if (kind != expected) {
            throw new HearthException(ErrorCode.FORBIDDEN, "This operation is for callers of kind " + expected.name().toLowerCase());
        }
        return id;
    }
}
