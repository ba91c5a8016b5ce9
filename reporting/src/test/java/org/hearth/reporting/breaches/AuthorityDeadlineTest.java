package org.hearth.reporting.breaches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthorityDeadlineTest {

    private static final Instant AWARE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void seventyOneHoursAfterAwarenessOneHourIsLeft() {
        AuthorityDeadline d = AuthorityDeadline.of(AWARE, null, null, AWARE.plus(Duration.ofHours(71)));
        assertThat(d).isEqualTo(new AuthorityDeadline.Pending(Instant.parse("2026-03-05T09:00:00Z"), Duration.ofHours(1)));
    }

    @Test
    void seventyThreeHoursAfterAwarenessItIsOverdueByOneHour() {
        AuthorityDeadline d = AuthorityDeadline.of(AWARE, null, null, AWARE.plus(Duration.ofHours(73)));
        assertThat(d).isEqualTo(new AuthorityDeadline.Overdue(Instant.parse("2026-03-05T09:00:00Z"), Duration.ofHours(1)));
    }

    @Test
    void aNotificationStopsTheCountdownAndSaysWhetherItWasLate() {
        Instant late = AWARE.plus(Duration.ofHours(80));
        assertThat(AuthorityDeadline.of(AWARE, late, null, late.plus(Duration.ofDays(3))))
                .isEqualTo(new AuthorityDeadline.Notified(AWARE.plus(Duration.ofHours(72)), late, true));
        Instant onTime = AWARE.plus(Duration.ofHours(10));
        assertThat(((AuthorityDeadline.Notified) AuthorityDeadline.of(AWARE, onTime, null, onTime)).late()).isFalse();
    }

    @Test
    void aDocumentedReasonNotToNotifyIsNotOverdue() {
        assertThat(AuthorityDeadline.of(AWARE, null, "encrypted laptop, key not lost", AWARE.plus(Duration.ofDays(10))))
                .isInstanceOf(AuthorityDeadline.NotRequired.class);
    }
}
