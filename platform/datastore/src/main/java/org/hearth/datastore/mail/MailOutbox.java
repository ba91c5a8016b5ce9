package org.hearth.datastore.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.IndividualMail.Kind;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/**
 * The local outbox: the mail kept, when no SMTP server is configured, for an operator to read
 * (and pass on by hand, or check). Its list shows no address; opening one mail to an individual
 * is an operator's access to their data, so it is committed to that individual's access log
 * before the text is shown.
 */
public final class MailOutbox {

    /** One line of the list: nothing personal. */
    public record Entry(UUID id, Kind kind, String subject, OffsetDateTime keptAt, boolean toIndividual) {
    }

    /** One mail as it would have gone. */
    public record Opened(UUID id, Kind kind, String to, String subject, String body, OffsetDateTime keptAt, boolean toIndividual) {
    }

    /** The access-log action of an operator's opening; its reason names the mail's kind, which the log page puts in words. */
    public static final String READ_MAIL = "read_mail";
    public static final String REASON_PREFIX = "mail:";

    private final Db db;
    private final MailSeal seal;
    private final AccessLog log;
    private final MailRepository repository = new MailRepository();
    private final boolean active;

    MailOutbox(Db db, MailSeal seal, AccessLog log, boolean active) {
        this.db = db;
        this.seal = seal;
        this.log = log;
        this.active = active;
    }

    /** Whether mail goes to this outbox (no SMTP server configured). */
    public boolean active() {
        return active;
    }

    public List<Entry> list(CallContext staff) {
        return db.system(staff, tx -> repository.local(tx, 200).stream()
                .map(m -> new Entry(m.id(), m.kind(), m.subject(), m.sentAt(), m.individualId() != null)).toList());
    }

    public Optional<Opened> open(CallContext staff, UUID id) {
        return db.system(staff, tx -> repository.localMail(tx, id).map(m -> {
            if (m.individualId() != null) {
                log.append(tx, m.individualId(), new AccessEntry.New("operator", staff.actor().id().toString(), READ_MAIL, null,
                        List.of(), List.of(), REASON_PREFIX + m.kind().stored()));
            }
            return new Opened(m.id(), m.kind(), seal.open(tx, m, "to", m.toCt()), m.subject(), seal.open(tx, m, "body", m.bodyCt()), m.sentAt(),
                    m.individualId() != null);
        }));
    }
}
