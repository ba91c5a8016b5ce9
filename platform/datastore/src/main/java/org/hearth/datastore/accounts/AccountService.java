package org.hearth.datastore.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.schema.generated.datastore.tables.records.IndividualsRecord;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.security.LoginThrottle;
import org.hearth.web.security.PasswordLogin;
import org.jooq.DSLContext;

/** Sign-up, password login and re-checks (all under the {@link LoginThrottle}), and erasure for individuals. */
public final class AccountService implements PasswordLogin {

    public static final String EMAIL_PURPOSE = "individual-email";
    /** What an account without a password types to confirm its erasure. */
    public static final String ERASE_CONFIRMATION = "ERASE";

    private final Db db;
    private final LookupKey lookupKey;
    private final PasswordHasher hasher;
    private final DataKeys keys;
    private final AgreementService agreements;
    private final LoginThrottle throttle;
    private final AccountRepository repository = new AccountRepository();
    private final java.util.List<ErasureStep> erasureSteps = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AccountService(Db db, LookupKey lookupKey, PasswordHasher hasher, LoginThrottle throttle, DataKeys keys, AgreementService agreements) {
        this.throttle = throttle;
        this.agreements = agreements;
        this.db = db;
        this.lookupKey = lookupKey;
        this.hasher = hasher;
        this.keys = keys;
    }

    /** A sign-up checked and hashed outside any transaction (Argon2id takes tens of milliseconds). */
    public record Prepared(byte[] emailHash, String passwordHash) {
    }

    public Prepared prepareSignUp(String emailText, String password) {
        Email email = new Email(emailText);
        PasswordPolicy.check(password, email.value());
        return new Prepared(lookupKey.digest(EMAIL_PURPOSE, email.value()), hasher.hash(password));
    }

    public Account signUp(String emailText, String password) {
        Prepared prepared = prepareSignUp(emailText, password);
        return mapDuplicateEmail(() -> db.tx("individuals.sign_up", tx -> signUp(tx, prepared)));
    }

    /** Creates the account and its data key inside the caller's transaction. */
    public Account signUp(DSLContext tx, Prepared prepared) {
        if (repository.emailTaken(tx, prepared.emailHash())) {
            throw new HearthException(ErrorCode.EMAIL_TAKEN, "An account cannot be created with this email. If it is yours, sign in instead.");
        }
        var row = repository.insert(tx, Ids.newId(), prepared.emailHash(), prepared.passwordHash());
        keys.create(tx, row.getId());
        Outbox.append(tx, "individual", row.getId().toString(), "individual.registered", Map.of("individualId", row.getId().toString()));
        return new Account(row.getId(), row.getCreatedAt());
    }

    public Optional<Account> find(UUID id) {
        return db.read("individuals.find", dsl -> repository.findActive(dsl, id)).map(r -> new Account(r.getId(), r.getCreatedAt()));
    }

    /** True while the account exists and is not erased: sessions end at once when it stops being so. */
    public boolean isActive(UUID id) {
        return db.read("individuals.is_active", dsl -> repository.findActive(dsl, id).isPresent());
    }

    @Override
    public Optional<Actor> login(String emailText, String password) {
        if (emailText == null || password == null) {
            return Optional.empty();
        }
        Optional<Email> email = parse(emailText);
        // The subject is the keyed hash of what was typed, account or not, so unknown emails are throttled alike.
        byte[] emailHash = lookupKey.digest(EMAIL_PURPOSE, email.map(Email::value).orElse(emailText.trim().toLowerCase(java.util.Locale.ROOT)));
        var attempt = throttle.check(LoginThrottle.Kind.INDIVIDUAL, emailHash, () -> {
            var row = email.isEmpty() ? Optional.<IndividualsRecord>empty()
                    : db.read("individuals.find_by_email", dsl -> repository.findActiveByEmailHash(dsl, emailHash));
            if (row.isEmpty() || row.get().getPasswordHash() == null) {
                hasher.dummyVerify(password);
                return Optional.empty();
            }
            return hasher.verify(password, row.get().getPasswordHash()) ? Optional.of(row.get().getId()) : Optional.empty();
        });
        return attempt.accepted().map(id -> Actor.individual(id, new org.hearth.kernel.actor.Credential.Session(id)));
    }

    private static Optional<Email> parse(String emailText) {
        try {
            return Optional.of(new Email(emailText));
        } catch (HearthException e) {
            return Optional.empty();
        }
    }

    /** The throttle subject of an account's password: the same keyed email hash its sign-in counts under. */
    private byte[] throttleSubject(IndividualsRecord row) {
        return row.getEmailHash() != null ? row.getEmailHash()
                : lookupKey.mac("individual-throttle", row.getId().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Checks an account's password again behind an existing credential, under the same throttle as its sign-in. */
    private boolean recheck(IndividualsRecord row, String password, String nothingDone) {
        var attempt = throttle.verify(LoginThrottle.Kind.INDIVIDUAL, throttleSubject(row), () -> hasher.verify(password, row.getPasswordHash()));
        if (attempt.locked()) {
            throw attempt.refusal("Too many wrong passwords: try again in " + Math.max(1, attempt.lockedFor().get().toMinutes()) + " minute(s). " + nothingDone);
        }
        return attempt.accepted().isPresent();
    }

    /**
     * Signs in with an external OpenID Connect identity: the individual linked to this issuer and
     * subject, or on first sign-in a new account (with its data key), linked by them. The email,
     * when the provider gives one, is kept as a keyed hash so that a password can be added later.
     */
    public Actor loginWithOidc(String issuer, String subject, String emailText) {
        Optional<UUID> existing = db.read("individuals.find_by_oidc", dsl -> repository.findByOidc(dsl, issuer, subject));
        UUID id = existing.orElseGet(() -> db.tx("individuals.sign_up_oidc", tx -> {
            byte[] emailHash = null;
            if (emailText != null) {
                try {
                    byte[] hash = lookupKey.digest(EMAIL_PURPOSE, new Email(emailText).value());
                    emailHash = repository.emailTaken(tx, hash) ? null : hash;
                } catch (HearthException malformed) {
                    emailHash = null;
                }
            }
            var row = repository.insertOidc(tx, Ids.newId(), issuer, subject, emailHash);
            keys.create(tx, row.getId());
            Outbox.append(tx, "individual", row.getId().toString(), "individual.registered", Map.of("individualId", row.getId().toString()));
            return row.getId();
        }));
        return Actor.individual(id, new org.hearth.kernel.actor.Credential.Session(id));
    }

    /** Changes the password after checking the current one; the new one must meet the policy. */
    public void changePassword(UUID id, String current, String next) {
        var row = db.read("individuals.find", dsl -> repository.findActive(dsl, id))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This account no longer exists."));
        if (current == null || row.getPasswordHash() == null || !recheck(row, current, "Nothing was changed.")) {
            throw new HearthException(ErrorCode.WRONG_PASSWORD, "The current password is not correct; nothing was changed.");
        }
        PasswordPolicy.check(next, null);
        String hash = hasher.hash(next);
        db.txRun("individuals.change_password", tx -> repository.setPassword(tx, id, hash));
    }

    /** Adds what another module deletes at every erasure (see {@link ErasureStep}); composed once at start. */
    public void addErasureStep(ErasureStep step) {
        erasureSteps.add(step);
    }

    /**
     * Erases the account after checking its password: the data key is destroyed first, then the
     * data; tokens and sessions stop working at once; organisations are told by the
     * {@code individual.erased} event.
     */
    public void erase(UUID id, String password) {
        var row = db.read("individuals.find", dsl -> repository.findActive(dsl, id))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This account no longer exists."));
        boolean confirmed = row.getPasswordHash() == null
                // An account made through OpenID Connect has no password: the signed-in owner confirms with the word.
                ? ERASE_CONFIRMATION.equals(password)
                : password != null && recheck(row, password, "Nothing was erased.");
        if (!confirmed) {
            throw new HearthException(ErrorCode.WRONG_PASSWORD, row.getPasswordHash() == null
                    ? "Type " + ERASE_CONFIRMATION + " to confirm; nothing was erased." : "The password is not correct; nothing was erased.");
        }
        // As the individual, so that row-level security shows the agreements and idempotency entries about them.
        db.write(org.hearth.datastore.agreements.AgreementService.ownerContext(id, "individuals.erase"), tx -> {
            keys.destroy(tx, id);
            var holders = agreements.endAllForErasure(tx, id);
            erasureSteps.forEach(step -> step.erase(tx, id));
            repository.eraseData(tx, id);
            Outbox.append(tx, "individual", id.toString(), "individual.erased", Map.of("individualId", id.toString(), "holders", holders));
            return null;
        });
        keys.forget(id);
    }

    /** Runs a sign-up; a concurrent one with the same email that won the race answers 409, not 500. */
    public <T> T mapDuplicateEmail(java.util.function.Supplier<T> signUp) {
        try {
            return signUp.get();
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            throw new HearthException(ErrorCode.EMAIL_TAKEN, "An account cannot be created with this email. If it is yours, sign in instead.");
        }
    }
}
