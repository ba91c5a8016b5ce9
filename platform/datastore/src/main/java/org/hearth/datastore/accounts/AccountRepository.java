package org.hearth.datastore.accounts;

import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG;
import static org.hearth.schema.generated.datastore.Tables.ACCESS_LOG_HEADS;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.NOTICES;
import static org.hearth.schema.generated.datastore.Tables.PERSONAL_ACCESS_TOKENS;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;

import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.db.RenderedSelect;
import org.hearth.schema.generated.datastore.tables.records.IndividualsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Individuals' accounts (jOOQ only); an erased account stays as a tombstone row with nothing in it. */
final class AccountRepository {

    /**
     * Runs {@code write}; if the database refuses it for a unique key (a concurrent sign-up with
     * the same email won the race), throws {@code taken}'s error instead. The jOOQ exception stays here.
     */
    static <T> T onDuplicateEmail(java.util.function.Supplier<T> write, java.util.function.Supplier<? extends RuntimeException> taken) {
        try {
            return write.get();
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            throw taken.get();
        }
    }

    /** An account as stored: the email only as a keyed hash; no password for one made through OpenID Connect. */
    record Individual(UUID id, byte[] emailHash, String passwordHash, java.time.OffsetDateTime createdAt, String language) {
    }

    boolean emailTaken(DSLContext dsl, byte[] emailHash) {
        return dsl.fetchExists(INDIVIDUALS, INDIVIDUALS.EMAIL_HASH.eq(emailHash));
    }

    /** {@code language} null: never chosen. */
    Individual insert(DSLContext dsl, UUID id, byte[] emailHash, String passwordHash, String language) {
        return dsl.insertInto(INDIVIDUALS)
                .set(INDIVIDUALS.ID, id)
                .set(INDIVIDUALS.EMAIL_HASH, emailHash)
                .set(INDIVIDUALS.PASSWORD_HASH, passwordHash)
                .set(INDIVIDUALS.LOCALE, language)
                .returning()
                .fetchOne(AccountRepository::individual);
    }

    Optional<UUID> findByOidc(DSLContext dsl, String issuer, String subject) {
        return dsl.select(INDIVIDUALS.ID).from(INDIVIDUALS)
                .where(INDIVIDUALS.OIDC_ISSUER.eq(issuer).and(INDIVIDUALS.OIDC_SUBJECT.eq(subject)).and(INDIVIDUALS.ERASED_AT.isNull()))
                .fetchOptional(INDIVIDUALS.ID);
    }

    Individual insertOidc(DSLContext tx, UUID id, String issuer, String subject, byte[] emailHash) {
        return tx.insertInto(INDIVIDUALS)
                .set(INDIVIDUALS.ID, id)
                .set(INDIVIDUALS.OIDC_ISSUER, issuer)
                .set(INDIVIDUALS.OIDC_SUBJECT, subject)
                .set(INDIVIDUALS.EMAIL_HASH, emailHash)
                .returning()
                .fetchOne(AccountRepository::individual);
    }

    Optional<Individual> findActiveByEmailHash(DSLContext dsl, byte[] emailHash) {
        return dsl.selectFrom(INDIVIDUALS)
                .where(INDIVIDUALS.EMAIL_HASH.eq(emailHash).and(INDIVIDUALS.ERASED_AT.isNull()))
                .fetchOptional(AccountRepository::individual);
    }

    /** Behind every {@code GET /api/v1/me}: rendered once (RenderedSelect), the columns an Individual holds. */
    private static final RenderedSelect ACTIVE = RenderedSelect.of(DSL.select(INDIVIDUALS.ID, INDIVIDUALS.EMAIL_HASH, INDIVIDUALS.PASSWORD_HASH,
                    INDIVIDUALS.CREATED_AT, INDIVIDUALS.LOCALE).from(INDIVIDUALS)
            .where(INDIVIDUALS.ID.eq(DSL.param("id", UUID.class)).and(INDIVIDUALS.ERASED_AT.isNull())));

    Optional<Individual> findActive(DSLContext dsl, UUID id) {
        return ACTIVE.fetch(dsl, id).stream().findFirst().map(r -> individual(r.into(INDIVIDUALS)));
    }

    private static Individual individual(IndividualsRecord r) {
        return new Individual(r.getId(), r.getEmailHash(), r.getPasswordHash(), r.getCreatedAt(), r.getLocale());
    }

    /** The language a live account chose; empty when never chosen or the account is gone. */
    Optional<String> language(DSLContext dsl, UUID id) {
        return dsl.select(INDIVIDUALS.LOCALE).from(INDIVIDUALS).where(INDIVIDUALS.ID.eq(id).and(INDIVIDUALS.ERASED_AT.isNull()))
                .fetchOptional(INDIVIDUALS.LOCALE);
    }

    /** False when no live account has this id. */
    boolean setLanguage(DSLContext tx, UUID id, String language) {
        return tx.update(INDIVIDUALS).set(INDIVIDUALS.LOCALE, language).where(INDIVIDUALS.ID.eq(id).and(INDIVIDUALS.ERASED_AT.isNull())).execute() == 1;
    }

    void setPassword(DSLContext tx, UUID id, String hash) {
        tx.update(INDIVIDUALS).set(INDIVIDUALS.PASSWORD_HASH, hash).set(INDIVIDUALS.FAILED_LOGINS, 0).setNull(INDIVIDUALS.LOCKED_UNTIL)
                .where(INDIVIDUALS.ID.eq(id).and(INDIVIDUALS.ERASED_AT.isNull())).execute();
    }

    /** Deletes everything of the individual's but a tombstone row that keeps the id from being reused. */
    void eraseData(DSLContext tx, UUID id) {
        tx.deleteFrom(RECORDS).where(RECORDS.INDIVIDUAL_ID.eq(id)).execute();
        tx.deleteFrom(ACCESS_LOG).where(ACCESS_LOG.INDIVIDUAL_ID.eq(id)).execute();
        tx.deleteFrom(ACCESS_LOG_HEADS).where(ACCESS_LOG_HEADS.INDIVIDUAL_ID.eq(id)).execute();
        tx.deleteFrom(PERSONAL_ACCESS_TOKENS).where(PERSONAL_ACCESS_TOKENS.INDIVIDUAL_ID.eq(id)).execute();
        // The notices they were sent (the sender's register keeps its own record of what was sent, to whom by audience).
        tx.deleteFrom(NOTICES).where(NOTICES.INDIVIDUAL_ID.eq(id)).execute();
        tx.update(INDIVIDUALS)
                .set(INDIVIDUALS.ERASED_AT, DSL.currentOffsetDateTime())
                .setNull(INDIVIDUALS.EMAIL_HASH)
                .setNull(INDIVIDUALS.PASSWORD_HASH)
                .setNull(INDIVIDUALS.OIDC_ISSUER)
                .setNull(INDIVIDUALS.OIDC_SUBJECT)
                .setNull(INDIVIDUALS.LOCKED_UNTIL)
                .set(INDIVIDUALS.FAILED_LOGINS, 0)
                .setNull(INDIVIDUALS.LOCALE)
                .where(INDIVIDUALS.ID.eq(id))
                .execute();
    }
}
