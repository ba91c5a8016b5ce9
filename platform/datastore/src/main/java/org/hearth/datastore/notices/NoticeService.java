package org.hearth.datastore.notices;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.datastore.IndividualMail;
import org.hearth.datastore.IndividualNotices;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.jooq.DSLContext;

/** {@link IndividualNotices} over the datastore's notices table. */
public final class NoticeService implements IndividualNotices {

    private final Db db;
    private final Clock clock;
    /** The source prefix of the breach register's notices, the ones that are mailed too. */
    static final String BREACH_SOURCE = "breach:";
    private final NoticeRepository repository = new NoticeRepository();

    private final IndividualMail mail;

    public NoticeService(Db db, Clock clock, IndividualMail mail) {
        this.mail = mail;
        this.db = db;
        this.clock = clock;
    }

    @Override
    public int send(CallContext ctx, Audience audience, String source, String textEn, String textFr) {
        return db.system(ctx, dsl -> {
            List<UUID> reached = repository.insertFor(dsl, audience, source, textEn, textFr, clock.instant());
            if (source.startsWith(BREACH_SOURCE)) {
                // A breach notice is also mailed (GDPR Art. 34: told without undue delay), whatever the person turned off.
                reached.forEach(id -> mail.tell(dsl, id, IndividualMail.Kind.BREACH, Map.of("en", textEn, "fr", textFr)));
            }
            return reached.size();
        });
    }

    /** Sends a notice inside the caller's system-scope transaction (it exists if and only if what it tells committed). */
    public void sendIn(DSLContext tx, Audience audience, String source, String textEn, String textFr) {
        repository.insertFor(tx, audience, source, textEn, textFr, clock.instant());
    }

    @Override
    public List<Notice> mine(Actor individual) {
        return db.read(individual, "notices.mine", dsl -> repository.mine(dsl, individual.individualId()));
    }

    @Override
    public boolean markRead(CallContext ctx, UUID noticeId) {
        try {
            return db.write(ctx, dsl -> {
                if (!repository.markRead(dsl, ctx.actor().individualId(), noticeId, clock.instant())) {
                    throw new Unknown(); // rolls the write's audit row back: a refused request changes nothing
                }
                return true;
            });
        } catch (Unknown e) {
            return false;
        }
    }

    /** Not one of the individual's notices. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }
}
