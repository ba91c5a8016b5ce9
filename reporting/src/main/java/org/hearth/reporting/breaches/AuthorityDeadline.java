package org.hearth.reporting.breaches;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a breach stands against art. 33(1): notify the supervisory authority within 72 hours of
 * becoming aware of it. Computed from an instant the caller reads from its injected clock.
 */
public sealed interface AuthorityDeadline {

    /** The time the authority must be told within, counted from awareness. */
    Duration WINDOW = Duration.ofHours(72);

    /** The last moment to notify: awareness + 72 hours. */
    Instant due();

    /** Not notified yet, still in time: {@code left} remains (never negative). */
    record Pending(Instant due, Duration left) implements AuthorityDeadline {
    }

    /** Not notified and past the deadline by {@code by}. */
    record Overdue(Instant due, Duration by) implements AuthorityDeadline {
    }

    /** The authority was notified at {@code at} ({@code late} when after the deadline). */
    record Notified(Instant due, Instant at, boolean late) implements AuthorityDeadline {
    }

    /** The operator documented why the breach is unlikely to result in a risk (no notification). */
    record NotRequired(Instant due, String reason) implements AuthorityDeadline {
    }

    static AuthorityDeadline of(Instant becameAware, Instant notifiedAt, String notNotifyingReason, Instant now) {
        Instant due = becameAware.plus(WINDOW);
        if (notifiedAt != null) {
            return new Notified(due, notifiedAt, notifiedAt.isAfter(due));
        }
        if (notNotifyingReason != null) {
            return new NotRequired(due, notNotifyingReason);
        }
        return now.isAfter(due) ? new Overdue(due, Duration.between(due, now)) : new Pending(due, Duration.between(now, due));
    }
}
