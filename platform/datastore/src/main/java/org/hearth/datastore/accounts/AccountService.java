package org.hearth.datastore.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.web.Caller;
import org.hearth.web.security.PasswordLogin;

/** Sign-up and password login for individuals. */
public final class AccountService implements PasswordLogin {

    public static final String EMAIL_PURPOSE = "individual-email";

    private final Db db;
    private final LookupKey lookupKey;
    private final PasswordHasher hasher;
    private final AccountRepository repository = new AccountRepository();

    public AccountService(Db db, LookupKey lookupKey, PasswordHasher hasher) {
        this.db = db;
        this.lookupKey = lookupKey;
        this.hasher = hasher;
    }

    public Account signUp(String emailText, String password) {
        Email email = new Email(emailText);
        PasswordPolicy.check(password, email.value());
        byte[] emailHash = lookupKey.digest(EMAIL_PURPOSE, email.value());
        String passwordHash = hasher.hash(password);
        return db.tx("individuals.sign_up", dsl -> {
            if (repository.emailTaken(dsl, emailHash)) {
                throw new HearthException(ErrorCode.EMAIL_TAKEN, "An account cannot be created with this email. If it is yours, sign in instead.");
            }
            var row = repository.insert(dsl, Ids.newId(), emailHash, passwordHash);
            Outbox.append(dsl, "individual", row.getId().toString(), "individual.registered", Map.of("individualId", row.getId().toString()));
            return new Account(row.getId(), row.getCreatedAt());
        });
    }

    public Optional<Account> find(java.util.UUID id) {
        return db.read("individuals.find", dsl -> repository.findActive(dsl, id)).map(r -> new Account(r.getId(), r.getCreatedAt()));
    }

    @Override
    public Optional<Caller> login(String emailText, String password) {
        if (emailText == null || password == null) {
            return Optional.empty();
        }
        Email email;
        try {
            email = new Email(emailText);
        } catch (HearthException e) {
            return Optional.empty();
        }
        byte[] emailHash = lookupKey.digest(EMAIL_PURPOSE, email.value());
        var row = db.read("individuals.find_by_email", dsl -> repository.findActiveByEmailHash(dsl, emailHash));
        if (row.isEmpty()) {
            hasher.dummyVerify(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, row.get().getPasswordHash())) {
            return Optional.empty();
        }
        return Optional.of(new Caller(Caller.Kind.INDIVIDUAL, row.get().getId(), Set.of(), "session"));
    }
}
