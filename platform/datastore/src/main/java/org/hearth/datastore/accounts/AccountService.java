package org.hearth.datastore.accounts;

import org.hearth.datastore.IndividualMail;
import org.hearth.datastore.mail.MailService;

import org.hearth.datastore.ErasureStep;
import org.hearth.datastore.PasswordPolicy;
import org.hearth.datastore.Email;
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
import org.hearth.datastore.IndividualErased;
import org.hearth.datastore.IndividualRegistered;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.login.AccountLanguages;
import org.hearth.kernel.login.LoginThrottle;
import org.jooq.DSLContext;

/** Sign-up, password login and re-checks (all under the {@link LoginThrottle}), and erasure for individuals. */
public final class AccountService {

    public static final String EMAIL_PURPOSE = "individual-email";
    /** What an account without a password types to confirm its erasure. */
    public static final String ERASE_CONFIRMATION = "ERASE";

    private final Db db;
    private final LookupKey lookupKey;
    private final PasswordHasher hasher;
    private final DataKeys keys;
    private final AgreementService agreements;
    private final LoginThrottle throttle;
    private final MailService mail;
    private final AccountRepository repository = new AccountRepository();
    private final java.util.List<ErasureStep> erasureSteps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<java.util.function.Consumer<UUID>> afterErasure = new java.util.concurrent.CopyOnWriteArrayList<>();

    public AccountService(Db db, LookupKey lookupKey, PasswordHasher hasher, LoginThrottle throttle, DataKeys keys, AgreementService agreements,
                          MailService mail) {
        this.mail = mail;
        this.throttle = throttle;
        this.agreements = agreements;
        this.db = db;
        this.lookupKey = lookupKey;
        this.hasher = hasher;
        this.keys = keys;
    }

    /** A sign-up checked and hashed outside any transaction (Argon2id takes tens of milliseconds), with the new account's id. */
    /** @param email the address as typed, normalised: kept sealed under the new account's key, and mailed a confirmation link */
    public record Prepared(UUID id, String email, byte[] emailHash, String passwordHash, Optional<String> language) {
        @Override
        public String toString() {
            return "Prepared[" + id + "]";
        }
    }

    public Prepared prepareSignUp(String emailText, String password) {
        return prepareSignUp(emailText, password, Optional.empty());
    }

    /** A sign-up that also stores the language chosen (422 for one not offered, before anything else is checked). */
    public Prepared prepareSignUp(String emailText, String password, Optional<String> language) {
        language.ifPresent(AccountLanguages::offered);
        Email email = new Email(emailText);
        PasswordPolicy.check(password, email.value());
        return new Prepared(Ids.newId(), email.value(), lookupKey.digest(EMAIL_PURPOSE, email.value()), hasher.hash(password), language);
    }

    /**
     * Who a sign-up is audited as: nobody is signed in yet, so the account being made acts for
     * itself, having just presented its password ({@link Credential.Session} of its own id).
     */
    public static CallContext newcomer(UUID id, String operation, RequestId requestId) {
        return new CallContext(Actor.individual(id, new Credential.Session(id)), operation, requestId);
    }

    /** A sign-up by an anonymous caller, audited as {@code operation} of request {@code requestId} by the new account. */
    public Account signUp(String operation, RequestId requestId, String emailText, String password) {
        return signUp(operation, requestId, emailText, password, Optional.empty());
    }

    /** {@link #signUp(String, RequestId, String, String)} with the new account's language, when one was chosen. */
    public Account signUp(String operation, RequestId requestId, String emailText, String password, Optional<String> language) {
        Prepared prepared = prepareSignUp(emailText, password, language);
        return mapDuplicateEmail(() -> db.write(newcomer(prepared.id(), operation, requestId), tx -> signUp(tx, prepared)));
    }

    /** Creates the account and its data key inside the caller's transaction. */
    public Account signUp(DSLContext tx, Prepared prepared) {
        if (repository.emailTaken(tx, prepared.emailHash())) {
            throw new HearthException(ErrorCode.EMAIL_TAKEN, "An account cannot be created with this email. If it is yours, sign in instead.");
        }
        var row = repository.insert(tx, prepared.id(), prepared.emailHash(), prepared.passwordHash(), prepared.language().orElse(null));
        keys.create(tx, row.id());
        mail.registerAddress(tx, row.id(), prepared.email());
        Outbox.append(tx, new IndividualRegistered(row.id()));
        return new Account(row.id(), row.createdAt(), Optional.ofNullable(row.language()));
    }

    public Optional<Account> find(Actor individual) {
        return db.read("individuals.find", dsl -> repository.findActive(dsl, individual.individualId())).map(r -> new Account(r.id(), r.createdAt(), Optional.ofNullable(r.language())));
    }

    /** True while the account exists and is not erased: sessions end at once when it stops being so. */
    public boolean isActive(UUID id) {
        return db.read("individuals.is_active", dsl -> repository.findActive(dsl, id).isPresent());
    }

    /** The individual whose email and password these are (under the throttle); empty otherwise. */
    public Optional<Actor> login(String emailText, String password) {
        if (emailText == null || password == null) {
            return Optional.empty();
        }
        Optional<Email> email = parse(emailText);
        // The subject is the keyed hash of what was typed, account or not, so unknown emails are throttled alike.
        byte[] emailHash = lookupKey.digest(EMAIL_PURPOSE, email.map(Email::value).orElse(emailText.trim().toLowerCase(java.util.Locale.ROOT)));
        var attempt = throttle.check(LoginThrottle.Kind.INDIVIDUAL, emailHash, () -> {
            var row = email.isEmpty() ? Optional.<AccountRepository.Individual>empty()
                    : db.read("individuals.find_by_email", dsl -> repository.findActiveByEmailHash(dsl, emailHash));
            if (row.isEmpty() || row.get().passwordHash() == null) {
                hasher.dummyVerify(password);
                return Optional.empty();
            }
            return hasher.verify(password, row.get().passwordHash()) ? Optional.of(row.get().id()) : Optional.empty();
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
    private byte[] throttleSubject(AccountRepository.Individual row) {
        return row.emailHash() != null ? row.emailHash()
                : lookupKey.mac("individual-throttle", row.id().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Checks an account's password again behind an existing credential, under the same throttle as its sign-in. */
    private boolean recheck(AccountRepository.Individual row, String password, String nothingDone) {
        var attempt = throttle.verify(LoginThrottle.Kind.INDIVIDUAL, throttleSubject(row), () -> hasher.verify(password, row.passwordHash()));
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
        UUID newId = Ids.newId();
        // The first sign-in comes before any request context reaches this service: a fresh request id.
        UUID id = existing.orElseGet(() -> db.write(newcomer(newId, "individuals.sign_up_oidc", RequestId.generate()), tx -> {
            byte[] emailHash = null;
            String address = null;
            if (emailText != null) {
                try {
                    address = new Email(emailText).value();
                    byte[] hash = lookupKey.digest(EMAIL_PURPOSE, address);
                    emailHash = repository.emailTaken(tx, hash) ? null : hash;
                } catch (HearthException malformed) {
                    emailHash = null;
                }
            }
            var row = repository.insertOidc(tx, newId, issuer, subject, emailHash);
            keys.create(tx, row.id());
            if (emailHash != null) {
                // The provider's address is confirmed by our own link too: a provider need not have checked it.
                mail.registerAddress(tx, row.id(), address);
            }
            Outbox.append(tx, new IndividualRegistered(row.id()));
            return row.id();
        }));
        return Actor.individual(id, new org.hearth.kernel.actor.Credential.Session(id));
    }

    /** Changes the password after checking the current one; the new one must meet the policy. */
    public void changePassword(CallContext ctx, String current, String next) {
        UUID id = ctx.actor().individualId();
        var row = db.read("individuals.find", dsl -> repository.findActive(dsl, id))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This account no longer exists."));
        if (current == null || row.passwordHash() == null || !recheck(row, current, "Nothing was changed.")) {
            throw new HearthException(ErrorCode.WRONG_PASSWORD, "The current password is not correct; nothing was changed.");
        }
        PasswordPolicy.check(next, null);
        String hash = hasher.hash(next);
        db.write(ctx, tx -> {
            repository.setPassword(tx, id, hash);
            return null;
        });
    }

    /** Adds what another module deletes at every erasure (see {@link ErasureStep}); composed once at start. */
    public void addErasureStep(ErasureStep step) {
        erasureSteps.add(step);
    }

    /**
     * Erases the account after checking its password: the data key is destroyed first, then the
     * data; tokens and sessions stop working at once; organisations are told by the
     * {@code individual.erased} event. Audited as the individual's, but under the system scope:
     * the erasure steps delete what tenants keep about them across every tenant.
     */
    public void erase(CallContext ctx, String password) {
        UUID id = ctx.actor().individualId();
        var row = db.read("individuals.find", dsl -> repository.findActive(dsl, id))
                .orElseThrow(() -> new HearthException(ErrorCode.NOT_FOUND, "This account no longer exists."));
        boolean confirmed = row.passwordHash() == null
                // An account made through OpenID Connect has no password: the signed-in owner confirms with the word.
                ? ERASE_CONFIRMATION.equals(password)
                : password != null && recheck(row, password, "Nothing was erased.");
        if (!confirmed) {
            throw new HearthException(ErrorCode.WRONG_PASSWORD, row.passwordHash() == null
                    ? "Type " + ERASE_CONFIRMATION + " to confirm; nothing was erased." : "The password is not correct; nothing was erased.");
        }
        try {
            eraseCommitted(ctx, id);
        } finally {
            // Before the erasure is acknowledged, and even if something failed after its commit.
            keys.forget(id);
            afterErasure.forEach(step -> step.accept(id));
        }
    }

    private void eraseCommitted(CallContext ctx, UUID id) {
        db.system(ctx, tx -> {
            // Where to confirm the erasure, read while the key still opens it; the mail itself is sealed under the master key.
            Optional<String> address = mail.confirmedAddress(tx, id);
            String language = mail.language(tx, id);
            mail.forget(tx, id);
            address.ifPresent(a -> mail.write(tx, a, language, IndividualMail.Kind.ERASED, java.util.Map.of()));
            keys.destroy(tx, id);
            var holders = agreements.endAllForErasure(tx, id);
            erasureSteps.forEach(step -> step.erase(tx, id));
            repository.eraseData(tx, id);
            return Outbox.append(tx, new IndividualErased(id, holders));
        });
    }

    /** Adds what must forget the erased individual once the erasure has committed, before it is acknowledged (caches). */
    public void addAfterErasure(java.util.function.Consumer<UUID> step) {
        afterErasure.add(step);
    }

    /** Runs a sign-up; a concurrent one with the same email that won the race answers 409, not 500. */
    public <T> T mapDuplicateEmail(java.util.function.Supplier<T> signUp) {
        return AccountRepository.onDuplicateEmail(signUp, () -> new HearthException(ErrorCode.EMAIL_TAKEN,
                "An account cannot be created with this email. If it is yours, sign in instead."));
    }
}
