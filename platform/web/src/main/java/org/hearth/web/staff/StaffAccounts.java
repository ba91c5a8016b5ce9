package org.hearth.web.staff;

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
            return Optional.empty();
        }
        if (!hasher.verify(password, staff.get().getPasswordHash())) {
            return Optional.empty();
        }
        return Optional.of(new Caller(Caller.Kind.STAFF, staff.get().getId(), Set.of(staff.get().getRoles()), "session"));
    }
}
