package org.hearth.datastore.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hearth.datastore.IndividualMail.Kind;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued mail, a batch at a time, each row leased while it is sent (several workers on one
 * database never take the same mail at once; a dead worker's lease runs out and another takes it). An individual's mail goes only to a confirmed address (but
 * the confirmation itself), only if they have not turned that notice off, and never after an
 * erasure. A mail the SMTP server refuses is tried again after 1, 2, 4… minutes, eight times.
 * The mail is committed as sent only after the server took it, so a crash in between sends it
 * again: at least once, never lost. No transaction is open while the SMTP server answers. Log lines name the mail's id and kind, never its recipient.
 */
public final class MailWorker implements Worker {

    static final String JOB = "mail.send";
    private static final Logger LOG = LoggerFactory.getLogger(MailWorker.class);
    private static final int BATCH = 10;
    private static final int ATTEMPTS = 8;
    /** How long a taken mail is kept from other senders: longer than the SMTP client's 30 s wait. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** How long the local outbox keeps a mail's text. */
    static final Duration LOCAL_KEPT = Duration.ofDays(30);

    private final Db db;
    private final MailSeal seal;
    private final MailTexts texts;
    private final MailTransport transport;
    private final Clock clock;
    private final MailRepository repository = new MailRepository();
    private final PollingWorker worker;

    MailWorker(Db db, MailSeal seal, MailTexts texts, MailTransport transport, Clock clock, Duration idle) {
        this.db = db;
        this.seal = seal;
        this.texts = texts;
        this.transport = transport;
        this.clock = clock;
        this.worker = new PollingWorker("mail", this::sendDue, idle);
    }

    /** Sends (or keeps locally) the mail due now; returns how many it took. */
    public int sendDue() {
        OffsetDateTime expired = OffsetDateTime.now(clock).minus(LOCAL_KEPT);
        if (db.read("mail.local_expired", dsl -> repository.anyLocalBefore(dsl, expired))) {
            db.system(CallContext.system("mail.expire_local"), tx -> repository.expireLocal(tx, expired));
        }
        if (!db.read("mail.due", repository::anyDue)) {
            return 0;
        }
        List<MailRepository.Queued> leased = db.system(CallContext.system(JOB),
                tx -> repository.lease(tx, BATCH, OffsetDateTime.now(clock).plus(LEASE)));
        leased.forEach(this::settle);
        return leased.size();
    }

    /** What is about to go out: only in memory, between the decision's commit and the server's answer. */
    private record Outgoing(String to, MailTexts.Rendered rendered) {
    }

    /**
     * One mail, each step its own short transaction (no transaction stays open while the SMTP
     * server answers): decide (skip, keep locally, or render), send, record. Whatever fails is
     * recorded as a failed attempt of this mail alone; the others go on.
     */
    private void settle(MailRepository.Queued leased) {
        try {
            Outgoing outgoing = db.system(CallContext.system(JOB), tx -> repository.pending(tx, leased.id()).map(mail -> decide(tx, mail)).orElse(null));
            if (outgoing == null) {
                return;
            }
            transport.send(outgoing.to(), outgoing.rendered().subject(), outgoing.rendered().body());
            db.system(CallContext.system(JOB), tx -> {
                repository.markSent(tx, leased.id(), outgoing.rendered().subject());
                return null;
            });
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failed(leased, e);
        }
    }

    /** Skips or keeps the mail (settled in this transaction), or returns what to send. */
    private Outgoing decide(org.jooq.DSLContext tx, MailRepository.Queued mail) {
        String to;
        String language = mail.language();
        if (mail.individualId() != null) {
            var recipient = repository.recipient(tx, mail.individualId()).orElse(null);
            String refusal = recipient == null || recipient.erased() ? "erased"
                    : recipient.emailCt() == null ? "no_address"
                    : !recipient.confirmed() && mail.kind() != Kind.CONFIRM_ADDRESS ? "unconfirmed"
                    : recipient.confirmed() && mail.kind() == Kind.CONFIRM_ADDRESS ? "already_confirmed"
                    : recipient.off().contains(mail.kind().stored()) ? "turned_off" : null;
            if (refusal != null) {
                repository.markSkipped(tx, mail.id(), refusal);
                return null;
            }
            to = seal.openAddress(tx, mail.individualId(), recipient.emailCt());
            // An account that never chose a language (signed up through the API or a provider) is written to in both.
            language = recipient.language();
        } else {
            to = seal.open(tx, mail, "to", mail.toCt());
        }
        Map<String, String> facts = MailFactsJson.decode(seal.open(tx, mail, "args", mail.argsCt()));
        MailTexts.Rendered rendered = texts.render(mail.kind(), language, facts);
        if (transport.local()) {
            repository.markLocal(tx, mail.id(), rendered.subject(), seal.reseal(tx, mail, "to", to), seal.reseal(tx, mail, "body", rendered.body()));
            return null;
        }
        return new Outgoing(to, rendered);
    }

    private void failed(MailRepository.Queued mail, Exception e) {
        boolean giveUp = mail.attempts() + 1 >= ATTEMPTS;
        String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        String said = (reason == null ? e.getClass().getSimpleName() : reason).replaceAll("\\S+@\\S+", "<address>");
        LOG.atWarn().addKeyValue("mail", mail.id().toString()).addKeyValue("kind", mail.kind().stored())
                .addKeyValue("attempt", mail.attempts() + 1).addKeyValue("givenUp", giveUp).log("mail not sent: " + said);
        try {
            db.system(CallContext.system(JOB), tx -> {
                repository.markFailed(tx, mail.id(), said, OffsetDateTime.now(clock).plus(Duration.ofMinutes(1L << Math.min(mail.attempts(), 10))), giveUp);
                return null;
            });
        } catch (RuntimeException recording) {
            // The lease runs out and the mail is tried again: not lost, at worst sent twice.
            LOG.atWarn().addKeyValue("mail", mail.id().toString()).log("could not record a failed attempt: " + recording.getClass().getSimpleName());
        }
    }

    @Override
    public String name() {
        return worker.name();
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void close() {
        worker.close();
        transport.close();
    }
}
