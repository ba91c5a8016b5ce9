package org.hearth.kernel.login;

import static org.hearth.schema.generated.platform.Tables.PASSWORD_THROTTLE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The attempt counts of {@link LoginThrottle}, one row per (kind, keyed hash of the identifier).
 * Before anyone is signed in there is no actor but the platform: the writes are audited as its
 * jobs, each with its own run id (the subject, a keyed hash, stays out of the trail).
 */
final class PasswordThrottleRepository {

    /** Failures older than this no longer count towards a lock. */
    private static final Duration WINDOW = Duration.ofDays(1);

    private final Db db;

    PasswordThrottleRepository(Db db) {
        this.db = db;
    }

    /**
     * Takes one attempt slot unless the subject is locked, in one statement (PostgreSQL serialises
     * concurrent upserts of a row), and returns the attempt's number in the row; the
     * {@code max}-th locks until {@code lockUntil}. Empty when locked: no slot was taken.
     */
    Optional<Integer> reserve(String kind, byte[] subject, OffsetDateTime now, int max, OffsetDateTime lockUntil) {
        var t = PASSWORD_THROTTLE;
        Field<Integer> next = DSL.when(t.LOCKED_UNTIL.isNotNull().or(t.LAST_ATTEMPT.lt(now.minus(WINDOW))), DSL.inline(1))
                .otherwise(t.ATTEMPTS.plus(1));
        return db.system(CallContext.system("password_throttle.reserve"), tx -> tx.insertInto(t)
                .set(t.KIND, kind)
                .set(t.SUBJECT, subject)
                .set(t.ATTEMPTS, 1)
                .set(t.LOCKED_UNTIL, max <= 1 ? lockUntil : null)
                .set(t.LAST_ATTEMPT, now)
                .onConflict(t.KIND, t.SUBJECT).doUpdate()
                .set(t.ATTEMPTS, next)
                .set(t.LOCKED_UNTIL, DSL.when(next.ge(max), DSL.val(lockUntil, t.LOCKED_UNTIL)).otherwise(DSL.inline(null, t.LOCKED_UNTIL)))
                .set(t.LAST_ATTEMPT, now)
                .where(t.LOCKED_UNTIL.isNull().or(t.LOCKED_UNTIL.le(now)))
                .returning(t.ATTEMPTS)
                .fetchOptional(t.ATTEMPTS));
    }

    Optional<OffsetDateTime> lockedUntil(String kind, byte[] subject) {
        var t = PASSWORD_THROTTLE;
        return db.read("password_throttle.locked_until", dsl -> dsl.select(t.LOCKED_UNTIL).from(t)
                .where(t.KIND.eq(kind).and(t.SUBJECT.eq(subject))).fetchOptional(t.LOCKED_UNTIL));
    }

    void clear(String kind, byte[] subject) {
        var t = PASSWORD_THROTTLE;
        db.system(CallContext.system("password_throttle.clear"), tx -> tx.deleteFrom(t).where(t.KIND.eq(kind).and(t.SUBJECT.eq(subject))).execute());
    }
}
