package org.hearth.web.staff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Caller;
import org.hearth.web.security.LoginThrottle;
import org.hearth.web.security.PasswordLogin;

/** Staff members and their roles; {@link #login} backs the staff sign-in form. */
public final class StaffAccounts implements PasswordLogin {

    public static final Set<String> ROLES = Set.of("operator", "board");

    private final StaffRepository repository;
    private final PasswordHasher hasher;

    public StaffAccounts(Db db, PasswordHasher hasher) {
        this.repository = new StaffRepository(db);
        this.hasher = hasher;
    }

    public UUID add(String email, String password, Set<String> roles) {
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new HearthException(ErrorCode.BAD_REQUEST, "Staff roles must be among " + ROLES + ", got " + roles);
        }
        if (password == null || password.length() < 12) {
            throw new HearthException(ErrorCode.WEAK_PASSWORD, "A staff password needs at least 12 characters.");
        }
        return repository.upsert(Ids.newId(), email.trim().toLowerCase(Locale.ROOT), hasher.hash(password), roles);
    }

    @Override
    public Optional<Caller> login(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        var staff = repository.findActiveByEmail(email.trim().toLowerCase(Locale.ROOT));
        if (staff.isEmpty()) {
            hasher.dummyVerify(password);
            LoginThrottle.slowDown(1);
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        boolean locked = staff.get().getLockedUntil() != null && staff.get().getLockedUntil().isAfter(now);
        boolean matches = hasher.verify(password, staff.get().getPasswordHash());
        if (locked || !matches) {
            int failures = locked ? LoginThrottle.MAX_FAILURES
                    : repository.recordFailure(staff.get().getId(), LoginThrottle.MAX_FAILURES, now.plus(LoginThrottle.LOCK_FOR));
            LoginThrottle.slowDown(failures);
            return Optional.empty();
        }
        if (staff.get().getFailedLogins() > 0) {
            repository.clearFailures(staff.get().getId());
        }
        return Optional.of(new Caller(Caller.Kind.STAFF, staff.get().getId(), Set.of(staff.get().getRoles()), "session"));
    }

    /**
     * A staff session is worth only what the staff member still is: disabled, or stripped of a
     * role the session carries, and the session ends on its next request.
     */
    public boolean stillValid(Caller caller) {
        return repository.findActive(caller.id()).map(row -> Set.of(row.getRoles()).containsAll(caller.roles())).orElse(false);
    }
}
