package org.hearth.reporting.breaches;

import static org.hearth.schema.generated.reporting.Tables.BREACHES;
import static org.hearth.schema.generated.reporting.Tables.BREACH_HISTORY;
import static org.hearth.schema.generated.reporting.Tables.BREACH_NOTICES;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.reporting.tables.records.BreachesRecord;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** The register's tables; run under the system scope (row-level security shows them to no other). */
final class BreachRepository {

    void insert(DSLContext dsl, UUID id, Breach.Facts f, Instant aware, UUID by, Instant now) {
        dsl.insertInto(BREACHES)
                .set(BREACHES.ID, id).set(BREACHES.NATURE, f.nature()).set(BREACHES.DATA_CATEGORIES, f.dataCategories())
                .set(BREACHES.APPROX_PEOPLE, f.approxPeople()).set(BREACHES.APPROX_RECORDS, f.approxRecords())
                .set(BREACHES.CONSEQUENCES, f.consequences()).set(BREACHES.MEASURES, f.measures())
                .set(BREACHES.CONTACT_POINT, f.contactPoint()).set(BREACHES.BECAME_AWARE_AT, at(aware))
                .set(BREACHES.RECORDED_BY, by).set(BREACHES.RECORDED_AT, at(now))
                .execute();
    }

    void history(DSLContext dsl, UUID id, String change, UUID by, Instant now, java.util.Map<String, String> details) {
        dsl.insertInto(BREACH_HISTORY).set(BREACH_HISTORY.BREACH_ID, id).set(BREACH_HISTORY.CHANGE, change)
                .set(BREACH_HISTORY.CHANGED_BY, by).set(BREACH_HISTORY.CHANGED_AT, at(now))
                .set(BREACH_HISTORY.DETAILS, org.jooq.impl.DSL.jsonbObject(details.entrySet().stream()
                        .map(e -> org.jooq.impl.DSL.jsonEntry(e.getKey(), org.jooq.impl.DSL.val(e.getValue()))).toList()))
                .execute();
    }

    /** Sets the authority's notification only while neither it nor a reason is recorded; false otherwise. */
    boolean authorityNotified(DSLContext dsl, UUID id, Instant at, String reference) {
        return dsl.update(BREACHES).set(BREACHES.AUTHORITY_NOTIFIED_AT, at(at)).set(BREACHES.AUTHORITY_REFERENCE, reference)
                .where(BREACHES.ID.eq(id)).and(BREACHES.AUTHORITY_NOTIFIED_AT.isNull()).and(BREACHES.NOT_NOTIFYING_REASON.isNull())
                .execute() == 1;
    }

    boolean notNotifying(DSLContext dsl, UUID id, String reason) {
        return dsl.update(BREACHES).set(BREACHES.NOT_NOTIFYING_REASON, reason)
                .where(BREACHES.ID.eq(id)).and(BREACHES.AUTHORITY_NOTIFIED_AT.isNull()).and(BREACHES.NOT_NOTIFYING_REASON.isNull())
                .execute() == 1;
    }

    void noticeSent(DSLContext dsl, UUID breachId, UUID noticeId, UUID tenantId, String en, String fr, int recipients, UUID by, Instant now) {
        dsl.insertInto(BREACH_NOTICES).set(BREACH_NOTICES.ID, noticeId).set(BREACH_NOTICES.BREACH_ID, breachId)
                .set(BREACH_NOTICES.AUDIENCE, tenantId == null ? "all" : "tenant").set(BREACH_NOTICES.TENANT_ID, tenantId)
                .set(BREACH_NOTICES.TEXT_EN, en).set(BREACH_NOTICES.TEXT_FR, fr).set(BREACH_NOTICES.RECIPIENTS, recipients)
                .set(BREACH_NOTICES.SENT_BY, by).set(BREACH_NOTICES.SENT_AT, at(now)).execute();
        dsl.update(BREACHES).set(BREACHES.INDIVIDUALS_NOTIFIED_AT, at(now))
                .where(BREACHES.ID.eq(breachId)).and(BREACHES.INDIVIDUALS_NOTIFIED_AT.isNull()).execute();
    }

    boolean exists(DSLContext dsl, UUID id) {
        return dsl.fetchExists(BREACHES, BREACHES.ID.eq(id));
    }

    Optional<Breach> find(DSLContext dsl, UUID id) {
        return dsl.selectFrom(BREACHES).where(BREACHES.ID.eq(id)).fetchOptional().map(r -> breach(dsl, r, true));
    }

    /** Every breach, latest awareness first (the list shows no history). */
    List<Breach> all(DSLContext dsl) {
        return dsl.selectFrom(BREACHES).orderBy(BREACHES.BECAME_AWARE_AT.desc(), BREACHES.ID).fetch(r -> breach(dsl, r, false));
    }

    private Breach breach(DSLContext dsl, BreachesRecord r, boolean details) {
        List<Breach.Change> history = !details ? List.of() : dsl.selectFrom(BREACH_HISTORY).where(BREACH_HISTORY.BREACH_ID.eq(r.getId()))
                .orderBy(BREACH_HISTORY.SEQ).fetch(h -> new Breach.Change(h.getChange(), h.getChangedBy(), h.getChangedAt().toInstant(), h.getDetails().data()));
        List<Breach.NoticeSent> notices = !details ? List.of() : dsl.selectFrom(BREACH_NOTICES).where(BREACH_NOTICES.BREACH_ID.eq(r.getId()))
                .orderBy(BREACH_NOTICES.SENT_AT).fetch(n -> new Breach.NoticeSent(n.getId(), n.getTenantId(), n.getTextEn(), n.getTextFr(),
                        n.getRecipients(), n.getSentBy(), n.getSentAt().toInstant()));
        return new Breach(r.getId(), new Breach.Facts(r.getNature(), r.getDataCategories(), r.getApproxPeople(), r.getApproxRecords(),
                r.getConsequences(), r.getMeasures(), r.getContactPoint()), r.getBecameAwareAt().toInstant(), r.getRecordedBy(),
                r.getRecordedAt().toInstant(), instant(r.getAuthorityNotifiedAt()), r.getAuthorityReference(), r.getNotNotifyingReason(),
                instant(r.getIndividualsNotifiedAt()), history, notices);
    }

    /** Every tenant by name, for choosing an audience ("those with an agreement with …"). */
    java.util.LinkedHashMap<UUID, String> tenants(DSLContext dsl) {
        var byName = new java.util.LinkedHashMap<UUID, String>();
        dsl.select(TENANTS_.ID, TENANTS_.NAME).from(TENANTS_).orderBy(TENANTS_.NAME, TENANTS_.ID).forEach(r -> byName.put(r.value1(), r.value2()));
        return byName;
    }

    private static OffsetDateTime at(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
