package org.hearth.kernel.login;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The one policy for every password check (sign-in forms, HTTP Basic, and the password asked
 * again before an erasure or a password change), for individuals, staff and console members.
 *
 * <p>Each check first takes an attempt slot in PostgreSQL with a single upsert; the fifth slot in
 * a row locks the subject for {@link #lockFor()}, and while it is locked no password is checked
 * at all, not even the right one. Because the slot is taken before the hash is checked, 64
 * guesses in flight at once get five checks, as five in a row would. A success clears the count.
 * Each failure waits a little longer (0.2 s, 0.4 s… up to 3 s) on the request's virtual thread.
 *
 * <p>The subject is a keyed hash of the identifier the caller typed, whether or not an account
 * has it, so that unknown identifiers are throttled, locked and answered exactly like known ones.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCK = Duration.ofMinutes(15);

    /** Whose password it is; each kind counts on its own. */
    public enum Kind {
        INDIVIDUAL, STAFF, MEMBER;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What one attempt came to: the checked value when the password matched, or how long the lock lasts. */
    public record Attempt<T>(Optional<T> accepted, Optional<Duration> lockedFor) {

        public boolean locked() {
            return lockedFor.isPresent();
        }

        /** The API's answer to a re-check made while locked: 429 with Retry-After, the {@code detail} saying what did not happen. */
        public HearthException refusal(String detail) {
            long seconds = Math.max(1, lockedFor.orElse(Duration.ZERO).toSeconds());
            return new HearthException(ErrorCode.TOO_MANY_REQUESTS, detail, Map.of("retryAfter", seconds));
        }
    }

    private final PasswordThrottleRepository repository;
    private final Clock clock;
    private final Duration lockFor;
    private final Map<Kind, Counter> wrong = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> locked = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> accepted = new EnumMap<>(Kind.class);

    public LoginThrottle(Db db, Clock clock, Duration lockFor, MeterRegistry registry) {
        this.repository = new PasswordThrottleRepository(db);
        this.clock = clock;
        this.lockFor = lockFor;
        for (Kind kind : Kind.values()) {
            wrong.put(kind, counter(registry, kind, "wrong"));
            locked.put(kind, counter(registry, kind, "locked"));
            accepted.put(kind, counter(registry, kind, "accepted"));
        }
    }

    private static Counter counter(MeterRegistry registry, Kind kind, String outcome) {
        return Counter.builder("hearth.password.checks")
                .description("Password checks by whose password and outcome: wrong (checked, no match), locked (refused unchecked), accepted")
                .tag("kind", kind.wire()).tag("outcome", outcome).register(registry);
    }

    public Duration lockFor() {
        return lockFor;
    }

    /**
     * Runs {@code check} (which verifies the password, and returns what it stands for when it
     * matches) if {@code subject} may try now; otherwise does not run it and reports the lock.
     */
    public <T> Attempt<T> check(Kind kind, byte[] subject, Supplier<Optional<T>> check) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Integer> slot = repository.reserve(kind.wire(), subject, now, MAX_FAILURES, now.plus(lockFor));
        if (slot.isEmpty()) {
            locked.get(kind).increment();
            Duration left = repository.lockedUntil(kind.wire(), subject).map(until -> Duration.between(now, until)).orElse(lockFor);
            return new Attempt<>(Optional.empty(), Optional.of(left.isNegative() ? Duration.ZERO : left));
        }
        Optional<T> result = check.get();
        if (result.isPresent()) {
            accepted.get(kind).increment();
            repository.clear(kind.wire(), subject);
            return new Attempt<>(result, Optional.empty());
        }
        wrong.get(kind).increment();
        slowDown(slot.get());
        return new Attempt<>(Optional.empty(), Optional.empty());
    }

    /** {@link #check} for a re-check whose only result is yes or no. */
    public Attempt<Boolean> verify(Kind kind, byte[] subject, BooleanSupplier matches) {
        return check(kind, subject, () -> matches.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** Forgets a subject's count and lock: an administrator reset a password, or the account is gone. */
    public void forget(Kind kind, byte[] subject) {
        repository.clear(kind.wire(), subject);
    }

    /** Waits for the {@code failures}-th failure in a row. */
    private static void slowDown(int failures) {
        try {
            Thread.sleep(Math.min(3000, 100L << Math.max(1, Math.min(failures, 5))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
