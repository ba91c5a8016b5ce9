package org.hearth.reporting.breaches;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.datastore.IndividualNotices;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;

/**
 * The breach register (GDPR art. 33 and 34), for operators. Every call runs under the audited
 * system scope as the calling operator; nothing is ever deleted, and each change is appended to
 * the breach's history. Time comes from the injected clock (the 72-hour countdown is tested
 * without sleeping).
 */
public final class BreachRegister {

    /** The audience of a notice to individuals: everyone, or those with an agreement with one tenant. */
    public record Audience(UUID tenantId) {
        public static final Audience EVERYONE = new Audience(null);
    }

    private final Db db;
    private final Clock clock;
    private final IndividualNotices notices;
    private final BreachRepository repository = new BreachRepository();

    public BreachRegister(Db db, Clock clock, IndividualNotices notices) {
        this.db = db;
        this.clock = clock;
        this.notices = notices;
    }

    public Instant now() {
        return clock.instant();
    }

    public Breach record(CallContext ctx, Breach.Facts facts, Instant becameAwareAt) {
        Breach.Facts f = new Breach.Facts(text("nature", facts.nature(), 4000), text("dataCategories", facts.dataCategories(), 2000),
                count("approxPeople", facts.approxPeople()), count("approxRecords", facts.approxRecords()),
                text("consequences", facts.consequences(), 4000), text("measures", facts.measures(), 4000),
                text("contactPoint", facts.contactPoint(), 500));
        Instant now = clock.instant();
        if (becameAwareAt == null) {
            throw invalid("becameAwareAt", "say when the breach became known");
        }
        if (becameAwareAt.isAfter(now)) {
            throw invalid("becameAwareAt", "the time the breach became known cannot be in the future");
        }
        UUID id = Ids.newId();
        UUID by = ctx.actor().id();
        return db.system(ctx, dsl -> {
            repository.insert(dsl, id, f, becameAwareAt, by, now);
            repository.history(dsl, id, "recorded", by, now, details("becameAwareAt", becameAwareAt.toString()));
            return repository.find(dsl, id).orElseThrow();
        });
    }

    public List<Breach> list(CallContext ctx) {
        return db.system(ctx, repository::all);
    }

    /** Every tenant's name by id, for choosing and naming an audience (a system read: tenants are tenant-owned rows). */
    public Map<UUID, String> tenants(CallContext ctx) {
        return db.system(ctx, repository::tenants);
    }

    public Breach get(CallContext ctx, UUID id) {
        // Thrown inside the transaction, so an unknown id rolls back its audit row too: a refused
        // request changes nothing (HostileInputPropertiesIT).
        return db.system(ctx, dsl -> repository.find(dsl, id).orElseThrow(BreachRegister::notFound));
    }

    /** Records that the authority was told (at {@code notifiedAt}, not in the future), with its reference if any. */
    public Breach authorityNotified(CallContext ctx, UUID id, Instant notifiedAt, String reference) {
        Instant now = clock.instant();
        if (notifiedAt == null) {
            throw invalid("notifiedAt", "say when the authority was notified");
        }
        if (notifiedAt.isAfter(now)) {
            throw invalid("notifiedAt", "the notification cannot be in the future");
        }
        String ref = reference == null || reference.isBlank() ? null : text("reference", reference, 200);
        return decide(ctx, id, dsl -> repository.authorityNotified(dsl, id, notifiedAt, ref), "authority-notified",
                details("notifiedAt", notifiedAt.toString(), "reference", ref));
    }

    /** Records the documented reason not to notify (art. 33(1): unlikely to result in a risk). */
    public Breach notNotifying(CallContext ctx, UUID id, String reason) {
        String why = text("reason", reason, 4000);
        return decide(ctx, id, dsl -> repository.notNotifying(dsl, id, why), "not-notifying", details("reason", why));
    }

    private Breach decide(CallContext ctx, UUID id, java.util.function.Function<org.jooq.DSLContext, Boolean> change, String what, Map<String, String> details) {
        UUID by = ctx.actor().id();
        Instant now = clock.instant();
        return db.system(ctx, dsl -> {
            if (!repository.exists(dsl, id)) {
                throw notFound();
            }
            if (!change.apply(dsl)) {
                throw new HearthException(ErrorCode.CONFLICT, "The authority's notification, or the reason not to notify, is already recorded for this breach");
            }
            repository.history(dsl, id, what, by, now, details);
            return repository.find(dsl, id).orElseThrow();
        });
    }

    /** What {@link #noticeIndividuals} did: the notice and how many individuals it reached. */
    public record Sent(Breach.NoticeSent notice, Breach breach) {
    }

    /**
     * Sends a notice, in both languages, to the audience's individuals (art. 34). Each individual
     * gets one notice per breach: a second notice reaches only those the first did not.
     */
    public Sent noticeIndividuals(CallContext ctx, UUID id, Audience audience, String textEn, String textFr) {
        String en = text("textEn", textEn, 4000);
        String fr = text("textFr", textFr, 4000);
        get(ctx, id);
        IndividualNotices.Audience to = audience.tenantId() == null ? new IndividualNotices.Audience.Everyone()
                : new IndividualNotices.Audience.AgreementsWith(audience.tenantId());
        // Two transactions: the notices are the datastore's. Sent first, then registered, so the
        // register never claims a notice nobody received; a failure between them leaves notices
        // a repeated call will not duplicate (one per individual and breach).
        int reached = notices.send(ctx, to, "breach:" + id, en, fr);
        UUID noticeId = Ids.newId();
        UUID by = ctx.actor().id();
        Instant now = clock.instant();
        Breach breach = db.system(ctx, dsl -> {
            repository.noticeSent(dsl, id, noticeId, audience.tenantId(), en, fr, reached, by, now);
            repository.history(dsl, id, "individuals-notified", by, now, details(
                    "audience", audience.tenantId() == null ? "all" : "tenant:" + audience.tenantId(), "recipients", Integer.toString(reached)));
            return repository.find(dsl, id).orElseThrow();
        });
        Breach.NoticeSent sent = breach.notices().stream().filter(n -> n.id().equals(noticeId)).findFirst().orElseThrow();
        return new Sent(sent, breach);
    }

    /** A history line's details: names and values in pairs (a null value is left out). */
    private static Map<String, String> details(String... pairs) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                details.put(pairs[i], pairs[i + 1]);
            }
        }
        return details;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "this is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw invalid(field, "at most " + max + " characters");
        }
        return v;
    }

    private static int count(String field, int value) {
        if (value < 0) {
            throw invalid(field, "an approximate number, zero or more");
        }
        return value;
    }

    static HearthException invalid(String field, String reason) {
        return new HearthException(ErrorCode.BREACH_INVALID, field + ": " + reason, Map.of("field", field));
    }

    private static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "No breach with this id is on the register");
    }
}
