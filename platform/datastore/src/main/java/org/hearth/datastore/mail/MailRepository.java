package org.hearth.datastore.mail;

import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.MAIL_QUEUE;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.datastore.IndividualMail;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The mail queue and the individual's address columns. */
final class MailRepository {

    /** A queued mail as the worker and the outbox page read it (still sealed). */
    record Queued(UUID id, UUID individualId, IndividualMail.Kind kind, String language, byte[] argsCt, byte[] toCt, String masterKeyId,
                  String subject, byte[] bodyCt, String status, int attempts, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }

    /** Where an individual's mail goes, and which they want. */
    record Recipient(byte[] emailCt, boolean confirmed, Set<String> off, String language, boolean erased) {
    }

    void insert(DSLContext tx, UUID id, UUID individualId, IndividualMail.Kind kind, String language, byte[] argsCt, byte[] toCt, String masterKeyId) {
        tx.insertInto(MAIL_QUEUE)
                .set(MAIL_QUEUE.ID, id).set(MAIL_QUEUE.INDIVIDUAL_ID, individualId).set(MAIL_QUEUE.KIND, kind.stored())
                .set(MAIL_QUEUE.LANGUAGE, language).set(MAIL_QUEUE.ARGS_CT, argsCt).set(MAIL_QUEUE.TO_CT, toCt)
                .set(MAIL_QUEUE.MASTER_KEY_ID, masterKeyId)
                .execute();
    }

    /**
     * Up to {@code limit} mails due now, leased until {@code until}: their next attempt moves there
     * when this transaction commits, so no other sender takes them meanwhile, and one whose sender
     * died is taken again once the lease has run out (at least once, never lost).
     */
    List<Queued> lease(DSLContext tx, int limit, OffsetDateTime until) {
        List<Queued> due = tx.selectFrom(MAIL_QUEUE).where(MAIL_QUEUE.STATUS.eq("pending")).and(MAIL_QUEUE.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime()))
                .orderBy(MAIL_QUEUE.NEXT_ATTEMPT_AT).limit(limit).forUpdate().skipLocked()
                .fetch(MailRepository::queued);
        if (!due.isEmpty()) {
            tx.update(MAIL_QUEUE).set(MAIL_QUEUE.NEXT_ATTEMPT_AT, until).where(MAIL_QUEUE.ID.in(due.stream().map(Queued::id).toList())).execute();
        }
        return due;
    }

    /** The mail as it is now, locked, while it is still waiting to be sent (empty once settled or forgotten at erasure). */
    Optional<Queued> pending(DSLContext tx, UUID id) {
        return tx.selectFrom(MAIL_QUEUE).where(MAIL_QUEUE.ID.eq(id)).and(MAIL_QUEUE.STATUS.eq("pending")).forUpdate().fetchOptional(MailRepository::queued);
    }

    boolean anyDue(DSLContext dsl) {
        return Boolean.TRUE.equals(org.hearth.schema.generated.datastore.Routines.mailDue(dsl.configuration()));
    }

    /** Sent by SMTP: what it said is cleared, the fact that it went is kept. */
    void markSent(DSLContext tx, UUID id, String subject) {
        tx.update(MAIL_QUEUE).set(MAIL_QUEUE.STATUS, "sent").set(MAIL_QUEUE.SUBJECT, subject).set(MAIL_QUEUE.SENT_AT, DSL.currentOffsetDateTime())
                .setNull(MAIL_QUEUE.ARGS_CT).setNull(MAIL_QUEUE.TO_CT).setNull(MAIL_QUEUE.BODY_CT).set(MAIL_QUEUE.ATTEMPTS, MAIL_QUEUE.ATTEMPTS.plus(1))
                .where(MAIL_QUEUE.ID.eq(id)).and(MAIL_QUEUE.STATUS.eq("pending")).execute();
    }

    /** Kept for the local outbox: the rendered address and text, sealed as the row was. */
    void markLocal(DSLContext tx, UUID id, String subject, byte[] toCt, byte[] bodyCt) {
        tx.update(MAIL_QUEUE).set(MAIL_QUEUE.STATUS, "local").set(MAIL_QUEUE.SUBJECT, subject).set(MAIL_QUEUE.SENT_AT, DSL.currentOffsetDateTime())
                .setNull(MAIL_QUEUE.ARGS_CT).set(MAIL_QUEUE.TO_CT, toCt).set(MAIL_QUEUE.BODY_CT, bodyCt)
                .where(MAIL_QUEUE.ID.eq(id)).execute();
    }

    void markSkipped(DSLContext tx, UUID id, String because) {
        tx.update(MAIL_QUEUE).set(MAIL_QUEUE.STATUS, "skipped").set(MAIL_QUEUE.SKIPPED_BECAUSE, because)
                .setNull(MAIL_QUEUE.ARGS_CT).setNull(MAIL_QUEUE.TO_CT).setNull(MAIL_QUEUE.BODY_CT)
                .where(MAIL_QUEUE.ID.eq(id)).execute();
    }

    /** A failed attempt: tried again at {@code nextAttempt}, or given up after the last attempt. */
    void markFailed(DSLContext tx, UUID id, String error, OffsetDateTime nextAttempt, boolean giveUp) {
        var update = tx.update(MAIL_QUEUE).set(MAIL_QUEUE.ATTEMPTS, MAIL_QUEUE.ATTEMPTS.plus(1))
                .set(MAIL_QUEUE.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .set(MAIL_QUEUE.NEXT_ATTEMPT_AT, nextAttempt);
        if (giveUp) {
            update.set(MAIL_QUEUE.STATUS, "failed").setNull(MAIL_QUEUE.ARGS_CT).setNull(MAIL_QUEUE.TO_CT).setNull(MAIL_QUEUE.BODY_CT)
                    .where(MAIL_QUEUE.ID.eq(id)).and(MAIL_QUEUE.STATUS.eq("pending")).execute();
        } else {
            update.where(MAIL_QUEUE.ID.eq(id)).and(MAIL_QUEUE.STATUS.eq("pending")).execute();
        }
    }

    /** The local outbox, newest first. */
    List<Queued> local(DSLContext dsl, int limit) {
        return dsl.selectFrom(MAIL_QUEUE).where(MAIL_QUEUE.STATUS.eq("local")).orderBy(MAIL_QUEUE.SENT_AT.desc(), MAIL_QUEUE.ID).limit(limit)
                .fetch(MailRepository::queued);
    }

    Optional<Queued> localMail(DSLContext dsl, UUID id) {
        return dsl.selectFrom(MAIL_QUEUE).where(MAIL_QUEUE.ID.eq(id)).and(MAIL_QUEUE.STATUS.eq("local")).fetchOptional(MailRepository::queued);
    }

    /** Local mails older than {@code before} lose their text. */
    int expireLocal(DSLContext tx, OffsetDateTime before) {
        return tx.update(MAIL_QUEUE).set(MAIL_QUEUE.STATUS, "sent").setNull(MAIL_QUEUE.TO_CT).setNull(MAIL_QUEUE.BODY_CT)
                .where(MAIL_QUEUE.STATUS.eq("local")).and(MAIL_QUEUE.SENT_AT.lt(before)).execute();
    }

    boolean anyLocalBefore(DSLContext dsl, OffsetDateTime before) {
        return Boolean.TRUE.equals(org.hearth.schema.generated.datastore.Routines.mailLocalExpired(dsl.configuration(), before));
    }

    /** Every mail of an erased individual (what they said was under the destroyed key anyway). */
    void forget(DSLContext tx, UUID individualId) {
        tx.deleteFrom(MAIL_QUEUE).where(MAIL_QUEUE.INDIVIDUAL_ID.eq(individualId)).execute();
        tx.update(INDIVIDUALS).setNull(INDIVIDUALS.EMAIL_CT).setNull(INDIVIDUALS.EMAIL_CONFIRMED_AT).setNull(INDIVIDUALS.EMAIL_CONFIRM_HASH)
                .setNull(INDIVIDUALS.EMAIL_CONFIRM_EXPIRES_AT).set(INDIVIDUALS.MAIL_OFF, new String[0]).where(INDIVIDUALS.ID.eq(individualId)).execute();
    }

    Optional<Recipient> recipient(DSLContext dsl, UUID individualId) {
        return dsl.select(INDIVIDUALS.EMAIL_CT, INDIVIDUALS.EMAIL_CONFIRMED_AT, INDIVIDUALS.MAIL_OFF, INDIVIDUALS.LOCALE, INDIVIDUALS.ERASED_AT)
                .from(INDIVIDUALS).where(INDIVIDUALS.ID.eq(individualId))
                .fetchOptional(r -> new Recipient(r.value1(), r.value2() != null,
                        r.value3() == null ? Set.of() : Arrays.stream(r.value3()).collect(Collectors.toUnmodifiableSet()), r.value4(), r.value5() != null));
    }

    /** Stores the sealed address, unconfirmed, with the hash of the token mailed to confirm it. */
    void setAddress(DSLContext tx, UUID individualId, byte[] emailCt, byte[] tokenHash, OffsetDateTime tokenExpires) {
        tx.update(INDIVIDUALS).set(INDIVIDUALS.EMAIL_CT, emailCt).setNull(INDIVIDUALS.EMAIL_CONFIRMED_AT)
                .set(INDIVIDUALS.EMAIL_CONFIRM_HASH, tokenHash).set(INDIVIDUALS.EMAIL_CONFIRM_EXPIRES_AT, tokenExpires)
                .where(INDIVIDUALS.ID.eq(individualId)).and(INDIVIDUALS.ERASED_AT.isNull()).execute();
    }

    /** A new token for the same address. */
    void setToken(DSLContext tx, UUID individualId, byte[] tokenHash, OffsetDateTime tokenExpires) {
        tx.update(INDIVIDUALS).set(INDIVIDUALS.EMAIL_CONFIRM_HASH, tokenHash).set(INDIVIDUALS.EMAIL_CONFIRM_EXPIRES_AT, tokenExpires)
                .where(INDIVIDUALS.ID.eq(individualId)).and(INDIVIDUALS.ERASED_AT.isNull()).execute();
    }

    /** Confirms the address whose live token this is; the account's id, or empty. */
    Optional<UUID> confirm(DSLContext tx, byte[] tokenHash) {
        return tx.update(INDIVIDUALS).set(INDIVIDUALS.EMAIL_CONFIRMED_AT, DSL.currentOffsetDateTime())
                .setNull(INDIVIDUALS.EMAIL_CONFIRM_HASH).setNull(INDIVIDUALS.EMAIL_CONFIRM_EXPIRES_AT)
                .where(INDIVIDUALS.EMAIL_CONFIRM_HASH.eq(tokenHash)).and(INDIVIDUALS.EMAIL_CONFIRM_EXPIRES_AT.gt(DSL.currentOffsetDateTime()))
                .and(INDIVIDUALS.ERASED_AT.isNull()).and(INDIVIDUALS.EMAIL_CT.isNotNull())
                .returning(INDIVIDUALS.ID).fetchOptional(INDIVIDUALS.ID);
    }

    byte[] emailHash(DSLContext dsl, UUID individualId) {
        return dsl.select(INDIVIDUALS.EMAIL_HASH).from(INDIVIDUALS).where(INDIVIDUALS.ID.eq(individualId)).fetchOne(INDIVIDUALS.EMAIL_HASH);
    }

    void setOff(DSLContext tx, UUID individualId, Set<String> off) {
        tx.update(INDIVIDUALS).set(INDIVIDUALS.MAIL_OFF, off.stream().sorted().toArray(String[]::new)).where(INDIVIDUALS.ID.eq(individualId)).execute();
    }

    private static Queued queued(org.hearth.schema.generated.datastore.tables.records.MailQueueRecord r) {
        return new Queued(r.getId(), r.getIndividualId(), IndividualMail.Kind.ofStored(r.getKind()), r.getLanguage(), r.getArgsCt(), r.getToCt(),
                r.getMasterKeyId(), r.getSubject(), r.getBodyCt(), r.getStatus(), r.getAttempts(), r.getCreatedAt(), r.getSentAt());
    }
}
