package org.hearth.tenants.clients;

import static org.hearth.schema.generated.tenants.Tables.MEMBERS;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.login.LoginThrottle;
import org.hearth.kernel.login.PasswordLogin;

/**
 * A tenant's team members signing in to the console. A member acts as its tenant (caller kind
 * TENANT) with its role (admin, developer, analyst) among the caller's roles.
 */
public final class MemberAccounts implements PasswordLogin {

    private static final String EMAIL_PURPOSE = "member-email";

    private final Db db;
    private final PasswordHasher hasher;
    private final LookupKey lookupKey;
    private final LoginThrottle throttle;

    public MemberAccounts(Db db, PasswordHasher hasher, LookupKey lookupKey, LoginThrottle throttle) {
        this.db = db;
        this.hasher = hasher;
        this.lookupKey = lookupKey;
        this.throttle = throttle;
    }

    @Override
    public Optional<Actor> login(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        // Counted under a keyed hash of the email typed, whether or not a member has it.
        var attempt = throttle.check(LoginThrottle.Kind.MEMBER, lookupKey.digest(EMAIL_PURPOSE, normalised), () -> {
            var member = db.read("members.find", dsl -> dsl.selectFrom(MEMBERS).where(MEMBERS.EMAIL.eq(normalised)).fetchOptional());
            if (member.isEmpty()) {
                hasher.dummyVerify(password);
                return Optional.empty();
            }
            return hasher.verify(password, member.get().getPasswordHash())
                    ? Optional.of(Actor.member(member.get().getTenantId(), member.get().getId(), member.get().getRole()))
                    : Optional.empty();
        });
        return attempt.accepted();
    }

    /**
     * Whether a member's browser session may go on: the member still belongs to the tenant with
     * the role they signed in with. Removing a member or changing their role ends their sessions
     * on the next request.
     */
    public boolean stillValid(Actor caller) {
        return caller.person().filter(person -> caller.hasRole("member")).map(id -> db.read("members.still_valid", dsl -> dsl.fetchExists(MEMBERS,
                MEMBERS.ID.eq(id).and(MEMBERS.TENANT_ID.eq(caller.id())).and(MEMBERS.ROLE.in(caller.roles())))))
                .orElse(false);
    }
}
