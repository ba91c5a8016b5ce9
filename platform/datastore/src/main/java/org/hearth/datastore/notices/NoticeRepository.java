package org.hearth.datastore.notices;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.NOTICES;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.IndividualNotices;
import org.hearth.kernel.db.Tenancy;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The notices table: fan-out inserts under the system scope, an individual's own reads and marks. */
final class NoticeRepository {

    /** The individuals newly sent the notice. */
    List<UUID> insertFor(DSLContext dsl, IndividualNotices.Audience audience, String source, String en, String fr, Instant now) {
        Condition who = INDIVIDUALS.ERASED_AT.isNull();
        if (audience instanceof IndividualNotices.Audience.AgreementsWith(UUID tenantId)) {
            who = who.and(DSL.exists(DSL.selectOne().from(AGREEMENTS)
                    .where(AGREEMENTS.INDIVIDUAL_ID.eq(INDIVIDUALS.ID)).and(Tenancy.ofTenant(AGREEMENTS, tenantId))));
        }
        if (audience instanceof IndividualNotices.Audience.One(UUID individualId)) {
            who = who.and(INDIVIDUALS.ID.eq(individualId));
        }
        if (audience instanceof IndividualNotices.Audience.AgreementsUnder(UUID requestId)) {
            who = who.and(DSL.exists(DSL.selectOne().from(AGREEMENTS)
                    .where(AGREEMENTS.INDIVIDUAL_ID.eq(INDIVIDUALS.ID)).and(AGREEMENTS.DATA_REQUEST_ID.eq(requestId))
                    .and(AGREEMENTS.REVOKED_AT.isNull())));
        }
        return dsl.insertInto(NOTICES, NOTICES.ID, NOTICES.INDIVIDUAL_ID, NOTICES.SOURCE, NOTICES.TEXT_EN, NOTICES.TEXT_FR, NOTICES.CREATED_AT)
                .select(DSL.select(DSL.field("gen_random_uuid()", UUID.class), INDIVIDUALS.ID, DSL.val(source), DSL.val(en), DSL.val(fr),
                        DSL.val(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))).from(INDIVIDUALS).where(who))
                .onConflictDoNothing()
                .returning(NOTICES.INDIVIDUAL_ID)
                .fetch(NOTICES.INDIVIDUAL_ID);
    }

    List<IndividualNotices.Notice> mine(DSLContext dsl, UUID individualId) {
        return dsl.selectFrom(NOTICES).where(NOTICES.INDIVIDUAL_ID.eq(individualId))
                .orderBy(NOTICES.CREATED_AT.desc(), NOTICES.ID).limit(200)
                .fetch(r -> new IndividualNotices.Notice(r.getId(), r.getSource(), r.getTextEn(), r.getTextFr(),
                        r.getCreatedAt().toInstant(), r.getReadAt() == null ? null : r.getReadAt().toInstant()));
    }

    boolean markRead(DSLContext dsl, UUID individualId, UUID noticeId, Instant now) {
        return dsl.update(NOTICES).set(NOTICES.READ_AT, DSL.coalesce(NOTICES.READ_AT, DSL.val(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))))
                .where(NOTICES.ID.eq(noticeId)).and(NOTICES.INDIVIDUAL_ID.eq(individualId)).execute() == 1;
    }
}
