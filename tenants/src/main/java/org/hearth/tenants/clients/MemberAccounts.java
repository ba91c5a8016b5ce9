package org.hearth.tenants.clients;

import static org.hearth.schema.generated.tenants.Tables.MEMBERS;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.web.Caller;
import org.hearth.web.security.LoginThrottle;
import org.hearth.web.security.PasswordLogin;

/**
 * A tenant's team members signing in to the console. A member acts as its tenant (caller kind
 * TENANT) with its role (admin, developer, analyst) among the caller's roles.
 */
public final class MemberAccounts implements PasswordLogin {

    private final Db db;
    private final PasswordHasher hasher;

    public MemberAccounts(Db db, PasswordHasher hasher) {
        this.db = db;
        this.hasher = hasher;
    }

    @Override
    public Optional<Caller> login(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        var member = db.read("members.find", dsl -> dsl.selectFrom(MEMBERS).where(MEMBERS.EMAIL.eq(email.trim().toLowerCase(Locale.ROOT))).fetchOptional());
        if (member.isEmpty() || !hasher.verify(password, member.get().getPasswordHash())) {
            if (member.isEmpty()) {
                hasher.dummyVerify(password);
            }
            LoginThrottle.slowDown(1);
            return Optional.empty();
        }
        return Optional.of(new Caller(Caller.Kind.TENANT, member.get().getTenantId(), Set.of("member", member.get().getRole()),
                "session:" + member.get().getId()));
    }

    /**
     * Whether a member's browser session may go on: the member still belongs to the tenant with
     * the role they signed in with. Removing a member or changing their role ends their sessions
     * on the next request.
     */
    public boolean stillValid(Caller caller) {
        return caller.sessionPerson().map(id -> db.read("members.still_valid", dsl -> dsl.fetchExists(MEMBERS,
                MEMBERS.ID.eq(id).and(MEMBERS.TENANT_ID.eq(caller.id())).and(MEMBERS.ROLE.in(caller.roles())))))
                .orElse(false);
    }
}
