package org.hearth.reporting.breaches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.hearth.datastore.notices.NoticeService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register against the real schema: the deadline by the clock, nothing deleted, notices reach individuals. */
class BreachRegisterIT {

    private static final Instant AWARE = Instant.parse("2026-03-02T09:00:00Z");

    /** A clock the test moves: the 72 hours pass without sleeping. */
    private static final class MovableClock extends Clock {
        Instant now = AWARE.plus(Duration.ofHours(1));

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestDatabase database = TestDatabase.get();
    private final MovableClock clock = new MovableClock();
    /** The individuals a breach mail was queued for (the mail feature itself is tested with a real SMTP server in MailIT). */
    private final java.util.List<UUID> mailed = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final org.hearth.datastore.IndividualMail mail = new org.hearth.datastore.IndividualMail() {
        @Override
        public void tell(org.jooq.DSLContext tx, UUID individualId, Kind kind, java.util.Map<String, String> facts) {
            assertThat(kind).isEqualTo(Kind.BREACH);
            assertThat(facts).containsKeys("en", "fr");
            mailed.add(individualId);
        }

        @Override
        public void write(org.jooq.DSLContext tx, String address, String language, Kind kind, java.util.Map<String, String> facts) {
            throw new AssertionError("a breach notice writes to individuals, not to addresses");
        }
    };
    private final BreachRegister register = new BreachRegister(database.db(), clock, new NoticeService(database.db(), clock, mail));
    private final CallContext operator = new CallContext(Actor.staff(UUID.randomUUID(), Set.of("operator")), "test.breaches", RequestId.generate());

    @BeforeEach
    void setUp() {
        database.reset();
    }

    private Breach recorded() {
        return register.record(operator, new Breach.Facts("A laptop with an export was stolen", "email addresses, health notes", 120, 450,
                "People may receive targeted phishing", "Passwords reset, police told", "dpo@hearth.example"), AWARE);
    }

    @Test
    void theDeadlineCountsFromAwarenessByTheClock() {
        Breach b = recorded();
        clock.now = AWARE.plus(Duration.ofHours(71));
        assertThat(register.get(operator, b.id()).deadline(clock.instant())).isEqualTo(new AuthorityDeadline.Pending(AWARE.plus(Duration.ofHours(72)), Duration.ofHours(1)));
        clock.now = AWARE.plus(Duration.ofHours(73));
        assertThat(register.list(operator).getFirst().deadline(clock.instant())).isEqualTo(new AuthorityDeadline.Overdue(AWARE.plus(Duration.ofHours(72)), Duration.ofHours(1)));

        Breach notified = register.authorityNotified(operator, b.id(), clock.instant(), "ICO-123");
        assertThat(notified.deadline(clock.instant())).isEqualTo(new AuthorityDeadline.Notified(AWARE.plus(Duration.ofHours(72)), clock.instant(), true));
        assertThat(notified.history()).extracting(Breach.Change::change).containsExactly("recorded", "authority-notified");
        assertThatThrownBy(() -> register.notNotifying(operator, b.id(), "changed my mind"))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void aBreachWithoutItsNatureIsRefusedNamingTheField() {
        assertThatThrownBy(() -> register.record(operator, new Breach.Facts(" ", "email", 1, 1, "c", "m", "dpo"), AWARE))
                .isInstanceOfSatisfying(HearthException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BREACH_INVALID);
                    assertThat(e.extensions()).containsEntry("field", "nature");
                });
        assertThat(register.list(operator)).isEmpty();
    }

    @Test
    void aBreachIsNeverDeletedNorItsHistoryRewritten() {
        Breach b = recorded();
        assertThatThrownBy(() -> database.db().system(operator, dsl -> dsl.execute("delete from reporting.breaches where id = ?", b.id())))
                .hasMessageMatching("(?s).*(permission denied|never deleted).*");
        assertThatThrownBy(() -> database.db().system(operator, dsl -> dsl.execute("update reporting.breach_history set change = 'recorded'")))
                .hasMessageMatching("(?s).*(permission denied|never deleted).*");
        assertThat(register.get(operator, b.id()).facts().nature()).isEqualTo("A laptop with an export was stolen");
    }

    @Test
    void aNoticeReachesEveryLiveIndividualOnceAndShowsInTheirNotices() {
        UUID alice = UUID.randomUUID();
        database.db().system(CallContext.system("test.seed"), dsl -> {
            dsl.execute("insert into datastore.individuals (id, email_hash, password_hash) values (?, '\\x01'::bytea, 'x'), "
                    + "(gen_random_uuid(), '\\x02'::bytea, 'x'), (gen_random_uuid(), '\\x03'::bytea, 'x')", alice);
            dsl.execute("update datastore.individuals set erased_at = now() where email_hash = '\\x03'::bytea");
            return null;
        });
        Breach b = recorded();

        BreachRegister.Sent sent = register.noticeIndividuals(operator, b.id(), BreachRegister.Audience.EVERYONE, "Your email may have leaked.", "Votre adresse a peut-être fuité.");

        assertThat(sent.notice().recipients()).isEqualTo(2);
        assertThat(mailed).hasSize(2).contains(alice);
        assertThat(sent.breach().individualsNotifiedAt()).isEqualTo(clock.instant());
        var mine = new NoticeService(database.db(), clock, mail).mine(Actor.individual(alice, new org.hearth.kernel.actor.Credential.Session(alice)));
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.text("fr")).isEqualTo("Votre adresse a peut-être fuité.");
            assertThat(n.readAt()).isNull();
        });
        assertThat(register.noticeIndividuals(operator, b.id(), BreachRegister.Audience.EVERYONE, "Again", "Encore").notice().recipients()).isZero();
        assertThat(mailed).hasSize(2);
    }
}
