package org.hearth.datastore.accesslog;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.hearth.datastore.Record;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * "Break-glass": the only way an operator reads a store, and never silently. The reason and the
 * records read are committed to the individual's access log before anything is returned.
 */
public final class EmergencyAccess {

    static final int MIN_REASON = 20;

    private final Db db;
    private final AccessLog log;
    private final RecordService records;
    private final Predicate<UUID> active;

    public EmergencyAccess(Db db, AccessLog log, RecordService records, Predicate<UUID> active) {
        this.db = db;
        this.log = log;
        this.records = records;
        this.active = active;
    }

    /** The operator acting is {@code ctx}'s actor; the access is committed to the log, audited under {@code ctx}, before the records are returned. */
    public List<Record> open(CallContext ctx, UUID individualId, String reason) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED,
                    "Give a reason of at least " + MIN_REASON + " characters; the individual will read it.");
        }
        if (!active.test(individualId)) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no personal data store for this account.");
        }
        List<Record> all = records.listOf(individualId, null, null, null, 200);
        db.write(ctx, tx -> log.append(tx, individualId, new AccessEntry.New("operator", ctx.actor().id().toString(),
                "emergency_access", null, all.stream().map(Record::id).toList(),
                all.stream().map(Record::category).distinct().toList(), reason.strip())));
        return all;
    }
}
