package org.hearth.datastore.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.AgreementStatus;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.datastore.Record;
import org.hearth.datastore.RequestTerms;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.schema.generated.platform.tables.records.AuditLogRecord;
import org.junit.jupiter.api.Test;

class AgreementsIT {

    private static final List<String> SLEEP = List.of("dpv-pd:HealthRecord");

    @Test
    void acceptingGrantsAnActiveAgreementTellsTheTenantAndAuditsTheIndividual() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            RequestTerms terms = world.request(SLEEP, List.of("read"), 30);

            Agreement agreement = world.agreements.accept(DatastoreWorld.as(jane, "acceptDataRequest"), DatastoreWorld.code(terms));

            assertThat(agreement.status(OffsetDateTime.now())).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(world.agreements.list(jane)).extracting(Agreement::id).containsExactly(agreement.id());
            var granted = world.events("agreement.granted");
            assertThat(granted).hasSize(1);
            assertThat(granted.getFirst().getMap()).containsOnlyKeys("agreementId", "tenantId", "subjectId", "dataRequestId")
                    .containsEntry("agreementId", agreement.id().toString()).containsEntry("tenantId", terms.tenantId().toString())
                    .containsEntry("subjectId", agreement.subjectId()).containsEntry("dataRequestId", terms.requestId().toString());
            List<AuditLogRecord> audit = world.audit("acceptDataRequest");
            assertThat(audit).hasSize(1);
            assertThat(audit.getFirst().getActorKind()).isEqualTo("individual");
            assertThat(audit.getFirst().getActorId()).isEqualTo(jane.id());
            assertThat(audit.getFirst().getScope()).isEqualTo("actor");
            assertThatThrownBy(() -> world.agreements.accept(DatastoreWorld.as(jane, "acceptDataRequest"), DatastoreWorld.code(terms)))
                    .isInstanceOf(HearthException.class).extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.CONFLICT);
            assertThat(world.audit("acceptDataRequest")).as("a refused write leaves no audit row").hasSize(1);
        }
    }

    @Test
    void revokingEndsTheAgreementOnceAndTheTenantCanNoLongerRead() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            RequestTerms terms = world.request(SLEEP, List.of("read"), 30);
            Agreement agreement = world.agreements.accept(DatastoreWorld.as(jane, "acceptDataRequest"), DatastoreWorld.code(terms));

            world.agreements.revoke(DatastoreWorld.as(jane, "revokeAgreement"), agreement.id());

            assertThat(world.agreements.list(jane).getFirst().status(OffsetDateTime.now())).isEqualTo(AgreementStatus.REVOKED);
            assertThat(world.events("agreement.revoked")).singleElement().satisfies(e -> assertThat(e.getMap())
                    .containsOnlyKeys("agreementId", "tenantId", "subjectId").containsEntry("agreementId", agreement.id().toString()));
            assertThatThrownBy(() -> world.agreements.revoke(DatastoreWorld.as(jane, "revokeAgreement"), agreement.id()))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.CONFLICT);
            assertThatThrownBy(() -> world.tenantAgreements.readForTenant(DatastoreWorld.as(Actor.client(terms.tenantId(), "c"), "readAgreementRecords"),
                    DatastoreWorld.tenant(terms.tenantId()), agreement.id(), null, null, 10))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.AGREEMENT_REVOKED);
            var consent = world.agreements.consentRecord(jane, agreement.id());
            assertThat(consent.status()).isEqualTo(AgreementStatus.REVOKED);
            assertThat(consent.events()).extracting(ConsentEvent::kind).containsExactly(ConsentEvent.Kind.GIVEN, ConsentEvent.Kind.WITHDRAWN);
        }
    }

    @Test
    void theExpirySweepMarksEndedAgreementsOnceUnderTheSystemScope() {
        // Granted by a clock two days back for one day: the agreement ended yesterday.
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofDays(-2));
        try (DatastoreWorld world = new DatastoreWorld(past)) {
            Actor jane = world.individual();
            RequestTerms terms = world.request(SLEEP, List.of("read"), 1);
            Agreement agreement = world.agreements.accept(DatastoreWorld.as(jane, "acceptDataRequest"), DatastoreWorld.code(terms));
            assertThat(agreement.status(OffsetDateTime.now())).isEqualTo(AgreementStatus.EXPIRED);

            assertThat(world.expiry.expireDue()).isEqualTo(1);
            int auditAfterSweep = world.auditRows();
            assertThat(world.expiry.expireDue()).as("nothing left to expire").isZero();

            assertThat(world.events("agreement.expired")).singleElement().satisfies(e -> assertThat(e.getMap())
                    .containsOnlyKeys("agreementId", "tenantId", "subjectId").containsEntry("subjectId", agreement.subjectId()));
            assertThat(world.audit("agreements.expire_due")).singleElement().satisfies(row -> {
                assertThat(row.getActorKind()).isEqualTo("system");
                assertThat(row.getCredential()).isEqualTo("job");
                assertThat(row.getScope()).isEqualTo("system");
            });
            assertThat(world.auditRows()).as("an idle sweep leaves no audit row").isEqualTo(auditAfterSweep);
            assertThatThrownBy(() -> world.tenantAgreements.readForTenant(DatastoreWorld.as(Actor.client(terms.tenantId(), "c"), "readAgreementRecords"),
                    DatastoreWorld.tenant(terms.tenantId()), agreement.id(), null, null, 10))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.AGREEMENT_EXPIRED);
            assertThat(world.events("agreement.expired")).as("the tenant is told once, by whoever finds it first").hasSize(1);
        }
    }

    @Test
    void agreementDaysPerDayFromOneReadAreTheFiguresOfOneReadPerDay() {
        // Granted two days back by the world's clock; John's is then revoked now (the database's clock).
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofDays(-2));
        try (DatastoreWorld world = new DatastoreWorld(past)) {
            RequestTerms terms = world.request(SLEEP, List.of("read"), 30);
            Actor jane = world.individual();
            Actor john = world.individual();
            world.agreements.accept(DatastoreWorld.as(jane, "acceptDataRequest"), DatastoreWorld.code(terms));
            Agreement johns = world.agreements.accept(DatastoreWorld.as(john, "acceptDataRequest"), DatastoreWorld.code(terms));
            world.agreements.revoke(DatastoreWorld.as(john, "revokeAgreement"), johns.id());
            world.request(SLEEP, List.of("read"), 30);  // another tenant's request: its agreements are not counted
            var scope = DatastoreWorld.tenant(terms.tenantId());
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

            List<java.math.BigDecimal> perDay = world.tenantAgreements.activeAgreementDaysPerDay(scope, today.minusDays(4), today.plusDays(3));

            List<java.math.BigDecimal> oneByOne = new java.util.ArrayList<>();
            for (java.time.LocalDate day = today.minusDays(4); day.isBefore(today.plusDays(3)); day = day.plusDays(1)) {
                oneByOne.add(world.tenantAgreements.activeAgreementDays(scope, day.atStartOfDay().atOffset(java.time.ZoneOffset.UTC),
                        day.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)));
            }
            assertThat(perDay).hasSize(7).isEqualTo(oneByOne);
            assertThat(perDay.get(0)).as("four days ago: nothing granted yet").isZero();
            assertThat(perDay.get(2)).as("two days ago: both granted part of the day").isGreaterThan(java.math.BigDecimal.ZERO)
                    .isLessThan(java.math.BigDecimal.valueOf(2));
            assertThat(perDay.get(3)).as("yesterday: both in force all day").isEqualByComparingTo("2");
            assertThat(perDay.get(5)).as("tomorrow: Jane's alone").isEqualByComparingTo("1");
        }
    }

    @Test
    void aTenantReadsOnlyUnderItsOwnLiveAgreementAndEveryReadIsLoggedFirst() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            Record sleep = world.records.create(DatastoreWorld.as(jane, "createRecord"),
                    new Record.Content("hearth:sleep/v1", "dpv-pd:HealthRecord", "Sleep diary", "{\"hours\":7}"));
            world.records.create(DatastoreWorld.as(jane, "createRecord"),
                    new Record.Content("hearth:address/v1", "dpv-pd:Address", "Home", "{\"city\":\"Leeds\"}"));
            RequestTerms terms = world.request(SLEEP, List.of("read"), 30);
            Agreement agreement = world.agreements.accept(DatastoreWorld.as(jane, "acceptDataRequest"), DatastoreWorld.code(terms));
            Actor client = Actor.client(terms.tenantId(), "client-1");

            TenantAgreements.TenantRead read = world.tenantAgreements.readForTenant(DatastoreWorld.as(client, "readAgreementRecords"),
                    DatastoreWorld.tenant(terms.tenantId()), agreement.id(), null, null, 50);

            assertThat(read.records()).extracting(Record::id).containsExactly(sleep.id());
            assertThat(world.accessLog.list(jane, null, 10)).singleElement().satisfies(entry -> {
                assertThat(entry.actorId()).isEqualTo(terms.tenantId().toString());
                assertThat(entry.recordIds()).containsExactly(sleep.id());
            });
            assertThat(world.audit("accesslog.append")).as("the group commit is one audited platform write").singleElement()
                    .satisfies(row -> assertThat(row.getActorKind()).isEqualTo("system"));
            UUID stranger = UUID.randomUUID();
            assertThatThrownBy(() -> world.tenantAgreements.readForTenant(DatastoreWorld.as(Actor.client(stranger, "c"), "readAgreementRecords"),
                    DatastoreWorld.tenant(stranger), agreement.id(), null, null, 50))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(world.tenantAgreements.listForTenant(DatastoreWorld.tenant(stranger))).isEmpty();
            assertThat(world.tenantAgreements.listForTenant(DatastoreWorld.tenant(terms.tenantId()))).extracting(Agreement::id)
                    .containsExactly(agreement.id());
            assertThat(world.accessLog.verify(jane).intact()).isTrue();
        }
    }

    @Test
    void erasureWithdrawsEveryAgreementAndNamesEachHolderOnce() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            RequestTerms terms = world.request(SLEEP, List.of("read"), 30);
            Agreement agreement = world.agreements.accept(DatastoreWorld.as(jane, "acceptDataRequest"), DatastoreWorld.code(terms));

            world.accounts.erase(DatastoreWorld.as(jane, "eraseMe"), DatastoreWorld.PASSWORD);

            assertThat(world.events("individual.erased")).singleElement().satisfies(e -> {
                assertThat(e.getString("individualId")).isEqualTo(jane.id().toString());
                assertThat(e.getJsonArray("holders")).hasSize(1);
                assertThat(e.getJsonArray("holders").getJsonObject(0).getMap()).containsOnlyKeys("tenantId", "subjectId")
                        .containsEntry("tenantId", terms.tenantId().toString()).containsEntry("subjectId", agreement.subjectId());
            });
            assertThat(world.audit("eraseMe")).singleElement().satisfies(row -> {
                assertThat(row.getActorId()).isEqualTo(jane.id());
                assertThat(row.getScope()).isEqualTo("system");
            });
            assertThat(world.accounts.isActive(jane.id())).isFalse();
        }
    }
}
