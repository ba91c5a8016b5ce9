package org.hearth.datastore.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.datastore.Email;
import org.hearth.datastore.IndividualMail;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.MasterKey;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.jooq.DSLContext;

/**
 * {@link IndividualMail} over the mail queue, and what an individual decides about their mail:
 * their address (confirmed by a link), and which optional notices they get.
 */
public final class MailService implements IndividualMail {

    /** How long a confirmation link works. */
    static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(3);
    /** The optional notices, in the order the notifications page lists them. */
    /** The notices a person may turn off: derived from {@link Kind#optional()}, the one place that says so. */
    public static final Set<Kind> OPTIONAL = java.util.Arrays.stream(Kind.values()).filter(Kind::optional)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));

    private final Db db;
    private final MailSeal seal;
    private final LookupKey lookupKey;
    private final String emailPurpose;
    private final Clock clock;
    private final MailRepository repository = new MailRepository();

    MailService(Db db, MailSeal seal, LookupKey lookupKey, String emailPurpose, Clock clock) {
        this.db = db;
        this.seal = seal;
        this.lookupKey = lookupKey;
        this.emailPurpose = emailPurpose;
        this.clock = clock;
    }

    @Override
    public void tell(DSLContext tx, UUID individualId, Kind kind, Map<String, String> facts) {
        if (kind != Kind.CONFIRM_ADDRESS && repository.recipient(tx, individualId).filter(MailRepository.Recipient::confirmed).isEmpty()) {
            return; // nobody to write to: no confirmed address (the worker checks again when it sends)
        }
        UUID id = Ids.newId();
        repository.insert(tx, id, individualId, kind, null, seal.sealForIndividual(tx, individualId, id, "args", MailFactsJson.encode(facts)), null, null);
    }

    @Override
    public void write(DSLContext tx, String address, String language, Kind kind, Map<String, String> facts) {
        UUID id = Ids.newId();
        MasterKey master = seal.master();
        repository.insert(tx, id, null, kind, language, seal.sealUnderMaster(master, id, "args", MailFactsJson.encode(facts)),
                seal.sealUnderMaster(master, id, "to", new Email(address).value()), master.id());
    }

    /**
     * Keeps a new account's address (sealed under its data key, made in the same transaction)
     * and queues the mail whose link confirms it.
     */
    public void registerAddress(DSLContext tx, UUID individualId, String address) {
        repository.setAddress(tx, individualId, seal.sealAddress(tx, individualId, new Email(address).value()), null, null);
        sendConfirmation(tx, individualId);
    }

    /** What the notifications page shows. */
    public record Choices(Optional<String> address, boolean confirmed, Set<Kind> off) {
    }

    public Choices choices(Actor individual) {
        UUID id = individual.individualId();
        return db.read(individual, "mail.choices", dsl -> {
            MailRepository.Recipient r = repository.recipient(dsl, id).orElseThrow(MailService::gone);
            Optional<String> address = r.emailCt() == null ? Optional.empty() : Optional.of(seal.openAddress(dsl, id, r.emailCt()));
            return new Choices(address, r.confirmed(), r.off().stream().map(Kind::ofStored).collect(Collectors.toUnmodifiableSet()));
        });
    }

    /** Turns the optional notices in {@code wanted} on and the others off. */
    public void choose(CallContext ctx, Set<Kind> wanted) {
        Set<String> off = OPTIONAL.stream().filter(k -> !wanted.contains(k)).map(Kind::stored).collect(Collectors.toSet());
        db.write(ctx, tx -> {
            repository.setOff(tx, ctx.actor().individualId(), off);
            return null;
        });
    }

    /**
     * For an account made before mail: keeps the address it signs in with, once typed again (it
     * must be that one: only its keyed hash was kept), and mails the link that confirms it.
     */
    public void addAddress(CallContext ctx, String typed) {
        UUID id = ctx.actor().individualId();
        Email email = new Email(typed);
        db.write(ctx, tx -> {
            byte[] known = repository.emailHash(tx, id);
            if (known == null || !java.security.MessageDigest.isEqual(known, lookupKey.digest(emailPurpose, email.value()))) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, "This is not the address you sign in with; type that one.",
                        Map.of("field", "email"));
            }
            registerAddress(tx, id, email.value());
            return null;
        });
    }

    /** Mails a new confirmation link (the previous one stops working). */
    public void resendConfirmation(CallContext ctx) {
        db.write(ctx, tx -> {
            MailRepository.Recipient r = repository.recipient(tx, ctx.actor().individualId()).orElseThrow(MailService::gone);
            if (r.emailCt() == null || r.confirmed()) {
                throw new HearthException(ErrorCode.CONFLICT, "There is no address waiting to be confirmed.");
            }
            sendConfirmation(tx, ctx.actor().individualId());
            return null;
        });
    }

    /**
     * Confirms the address whose link this is. Whoever holds the link is nobody the platform knows
     * yet (it may be opened on another device): the platform's job does it under the system scope.
     */
    public boolean confirm(org.hearth.kernel.actor.RequestId requestId, String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return false;
        }
        CallContext ctx = new CallContext(Actor.system("mail.confirm_address"), "mail.confirm_address", requestId);
        try {
            return db.system(ctx, tx -> repository.confirm(tx, Tokens.sha256(token)).orElseThrow(NotConfirmed::new) != null);
        } catch (NotConfirmed e) {
            return false;
        }
    }

    /** The confirmation link's mail, with a new token (its hash kept, the token only in the mail). */
    private void sendConfirmation(DSLContext tx, UUID individualId) {
        String token = Tokens.newSecret("hconf_");
        repository.setToken(tx, individualId, Tokens.sha256(token), OffsetDateTime.now(clock).plus(CONFIRMATION_LIFETIME));
        tell(tx, individualId, Kind.CONFIRM_ADDRESS, Map.of("token", token));
    }

    /** At erasure: every mail still queued for the individual goes (what it said was under the key just destroyed). */
    public void forget(DSLContext tx, UUID individualId) {
        repository.forget(tx, individualId);
    }

    /** The address to write to after an erasure, read before the key goes; empty when none was confirmed. */
    public Optional<String> confirmedAddress(DSLContext tx, UUID individualId) {
        return repository.recipient(tx, individualId).filter(r -> r.confirmed() && r.emailCt() != null)
                .map(r -> seal.openAddress(tx, individualId, r.emailCt()));
    }

    /** The stored language of an account, or null. */
    public String language(DSLContext tx, UUID individualId) {
        return repository.recipient(tx, individualId).map(MailRepository.Recipient::language).orElse(null);
    }


    private static HearthException gone() {
        return new HearthException(ErrorCode.NOT_FOUND, "This account no longer exists.");
    }

    /** No live link with this token: rolls the job's audit row back, so a wrong link changes nothing. */
    private static final class NotConfirmed extends RuntimeException {
        NotConfirmed() {
            super(null, null, false, false);
        }
    }
}
