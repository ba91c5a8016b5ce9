package org.hearth.datastore.tokens;

import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.PERSONAL_ACCESS_TOKENS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.schema.generated.datastore.tables.records.PersonalAccessTokensRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Personal access tokens (jOOQ only): stored as SHA-256 digests; every query but verification names the owner. */
final class TokenRepository {

    /** A token as stored: its name sealed (or the default label), never its secret. */
    record Stored(UUID id, UUID individualId, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    Stored insert(DSLContext dsl, UUID id, UUID individualId, String name, byte[] hash) {
        return dsl.insertInto(PERSONAL_ACCESS_TOKENS)
                .set(PERSONAL_ACCESS_TOKENS.ID, id)
                .set(PERSONAL_ACCESS_TOKENS.INDIVIDUAL_ID, individualId)
                .set(PERSONAL_ACCESS_TOKENS.NAME, name)
                .set(PERSONAL_ACCESS_TOKENS.TOKEN_HASH, hash)
                .returning()
                .fetchOne(TokenRepository::stored);
    }

    List<Stored> listActive(DSLContext dsl, UUID individualId) {
        return dsl.selectFrom(PERSONAL_ACCESS_TOKENS)
                .where(PERSONAL_ACCESS_TOKENS.INDIVIDUAL_ID.eq(individualId).and(PERSONAL_ACCESS_TOKENS.REVOKED_AT.isNull()))
                .orderBy(PERSONAL_ACCESS_TOKENS.CREATED_AT.desc(), PERSONAL_ACCESS_TOKENS.ID)
                .fetch(TokenRepository::stored);
    }

    boolean revoke(DSLContext dsl, UUID individualId, UUID tokenId) {
        return dsl.update(PERSONAL_ACCESS_TOKENS)
                .set(PERSONAL_ACCESS_TOKENS.REVOKED_AT, DSL.currentOffsetDateTime())
                .where(PERSONAL_ACCESS_TOKENS.ID.eq(tokenId)
                        .and(PERSONAL_ACCESS_TOKENS.INDIVIDUAL_ID.eq(individualId))
                        .and(PERSONAL_ACCESS_TOKENS.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    /** The live token with this digest, whose owner still exists. */
    Optional<Stored> findLive(DSLContext dsl, byte[] hash) {
        return dsl.select(PERSONAL_ACCESS_TOKENS.fields())
                .from(PERSONAL_ACCESS_TOKENS)
                .join(INDIVIDUALS).on(INDIVIDUALS.ID.eq(PERSONAL_ACCESS_TOKENS.INDIVIDUAL_ID))
                .where(PERSONAL_ACCESS_TOKENS.TOKEN_HASH.eq(hash)
                        .and(PERSONAL_ACCESS_TOKENS.REVOKED_AT.isNull())
                        .and(INDIVIDUALS.ERASED_AT.isNull()))
                .fetchOptional(r -> stored(r.into(PERSONAL_ACCESS_TOKENS)));
    }

    /** Records a use of a live token; false when it has been revoked or deleted. */
    boolean touch(DSLContext dsl, UUID tokenId, OffsetDateTime now) {
        return dsl.update(PERSONAL_ACCESS_TOKENS).set(PERSONAL_ACCESS_TOKENS.LAST_USED_AT, now)
                .where(PERSONAL_ACCESS_TOKENS.ID.eq(tokenId).and(PERSONAL_ACCESS_TOKENS.REVOKED_AT.isNull())).execute() == 1;
    }

    private static Stored stored(PersonalAccessTokensRecord r) {
        return new Stored(r.getId(), r.getIndividualId(), r.getName(), r.getCreatedAt(), r.getLastUsedAt());
    }
}
