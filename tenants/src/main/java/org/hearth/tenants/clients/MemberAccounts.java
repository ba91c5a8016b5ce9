package org.hearth.tenants.clients;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.login.AccountLanguages;
import org.hearth.kernel.login.LoginThrottle;
import org.hearth.kernel.login.PasswordLogin;

/**
 * A tenant's team members signing in to the console. A member acts as its tenant (caller kind
 * TENANT) with its role (admin, developer, analyst) among the caller's roles.
 */
public final class MemberAccounts implements PasswordLogin, AccountLanguages {

    private static final String EMAIL_PURPOSE = "member-email";

    private final Db db;
    private final PasswordHasher hasher;
    private final LookupKey lookupKey;
    private final LoginThrottle throttle;
    private final TenantRepository repository = new TenantRepository();

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
            // Nobody is known yet: the member is looked up under the audited system scope, by e-mail only.
            var member = db.system(CallContext.system("members.login"), dsl -> repository.memberByEmail(dsl, normalised));
            if (member.isEmpty()) {
                hasher.dummyVerify(password);
                return Optional.empty();
            }
            return hasher.verify(password, member.get().passwordHash())
                    ? Optional.of(Actor.member(member.get().tenantId(), member.get().id(), member.get().role()))
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
        if (!caller.is(Actor.Kind.TENANT) || !caller.hasRole("member") || caller.person().isEmpty()) {
            return false;
        }
        var scope = TenantGuard.admit(caller);
        return db.read(scope, "members.still_valid", dsl -> repository.memberHolds(dsl, scope, caller.person().get(), caller.roles()));
    }

    /** The console language the signed-in member chose (a tenant's OAuth client has none). */
    @Override
    public Optional<String> of(Actor caller) {
        if (!caller.hasRole("member") || caller.person().isEmpty()) {
            return Optional.empty();
        }
        var scope = TenantGuard.admit(caller);
        return db.read(scope, "members.language", dsl -> repository.memberLanguage(dsl, scope, caller.person().get()));
    }

    /** Stores the signed-in member's console language, audited as the tenant's write by that member. */
    @Override
    public void choose(CallContext ctx, String language) {
        String chosen = AccountLanguages.offered(language);
        Actor caller = ctx.actor();
        if (!caller.hasRole("member") || caller.person().isEmpty()) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Only a signed-in team member has a console language.");
        }
        var scope = TenantGuard.admit(caller);
        if (!db.write(ctx, scope, tx -> repository.setMemberLanguage(tx, scope, caller.person().get(), chosen))) {
            throw new HearthException(ErrorCode.NOT_FOUND, "This team member no longer exists.");
        }
    }
}
