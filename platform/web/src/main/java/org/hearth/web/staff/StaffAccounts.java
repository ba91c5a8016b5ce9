package org.hearth.web.staff;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.login.AccountLanguages;
import org.hearth.kernel.login.LoginThrottle;
import org.hearth.kernel.login.PasswordLogin;

/** Staff members and their roles; {@link #login} backs the staff sign-in form. */
public final class StaffAccounts implements PasswordLogin, AccountLanguages {

    public static final Set<String> ROLES = Set.of("operator", "board");

    private static final String EMAIL_PURPOSE = "staff-email";

    private final StaffRepository repository;
    private final PasswordHasher hasher;
    private final LookupKey lookupKey;
    private final LoginThrottle throttle;

    public StaffAccounts(Db db, PasswordHasher hasher, LookupKey lookupKey, LoginThrottle throttle) {
        this.repository = new StaffRepository(db);
        this.hasher = hasher;
        this.lookupKey = lookupKey;
        this.throttle = throttle;
    }

    public UUID add(String email, String password, Set<String> roles) {
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new HearthException(ErrorCode.BAD_REQUEST, "Staff roles must be among " + ROLES + ", got " + roles);
        }
        if (password == null || password.length() < 12) {
            throw new HearthException(ErrorCode.WEAK_PASSWORD, "A staff password needs at least 12 characters.");
        }
        UUID id = repository.upsert(Ids.newId(), normalise(email), hasher.hash(password), roles);
        // Setting a password (add-staff) also lifts a lock, as an administrator's reset should.
        throttle.forget(LoginThrottle.Kind.STAFF, subject(normalise(email)));
        return id;
    }

    @Override
    public Optional<Actor> login(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        String normalised = normalise(email);
        var attempt = throttle.check(LoginThrottle.Kind.STAFF, subject(normalised), () -> {
            var staff = repository.findActiveByEmail(normalised);
            if (staff.isEmpty()) {
                hasher.dummyVerify(password);
                return Optional.empty();
            }
            return hasher.verify(password, staff.get().passwordHash())
                    ? Optional.of(Actor.staff(staff.get().id(), staff.get().roles()))
                    : Optional.empty();
        });
        return attempt.accepted();
    }

    private static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The throttle counts under a keyed hash of the email typed, never the email itself. */
    private byte[] subject(String normalisedEmail) {
        return lookupKey.digest(EMAIL_PURPOSE, normalisedEmail);
    }

    /**
     * A staff session is worth only what the staff member still is: disabled, or stripped of a
     * role the session carries, and the session ends on its next request.
     */
    public boolean stillValid(Actor caller) {
        return repository.findActive(caller.id()).map(row -> row.roles().containsAll(caller.roles())).orElse(false);
    }

    /** The language the staff member chose for the staff pages. */
    @Override
    public Optional<String> of(Actor caller) {
        return repository.language(caller.staffId());
    }

    /** Stores the acting staff member's language for the staff pages (an audited write). */
    @Override
    public void choose(CallContext ctx, String language) {
        String chosen = AccountLanguages.offered(language);
        if (!repository.setLanguage(ctx, ctx.actor().staffId(), chosen)) {
            throw new HearthException(ErrorCode.NOT_FOUND, "This staff member no longer exists.");
        }
    }
}
