package org.hearth.datastore.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.schema.generated.datastore.tables.records.PersonalAccessTokensRecord;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.login.PersonalTokenVerifier;

/** Creates, lists, revokes and verifies personal access tokens. */
public final class TokenService implements PersonalTokenVerifier {

    /** Last use is recorded at most this often, so verifying a token is normally a read only. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final String DEFAULT_NAME = "Personal access token";

    private final Db db;
    private final Clock clock;
    private final DataKeys keys;
    private final TokenRepository repository = new TokenRepository();

    public TokenService(Db db, Clock clock, DataKeys keys) {
        this.db = db;
        this.clock = clock;
        this.keys = keys;
    }

    public PersonalToken.Created create(UUID individualId, String name) {
        boolean named = name != null && !name.isBlank();
        String cleanName = named ? name.strip() : DEFAULT_NAME;
        if (cleanName.length() > 100) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A token name has at most 100 characters.");
        }
        String secret = Tokens.newSecret(PREFIX);
        UUID id = Ids.newId();
        // The owner's own words are sealed; the default label says nothing about anyone and needs no key.
        PersonalAccessTokensRecord row = db.tx("tokens.create", dsl -> repository.insert(dsl, id, individualId,
                named ? TokenName.seal(keys.open(dsl, individualId), id, cleanName) : cleanName, Tokens.sha256(secret)));
        return new PersonalToken.Created(new PersonalToken(row.getId(), cleanName, row.getCreatedAt(), row.getLastUsedAt()), secret);
    }

    public List<PersonalToken> list(UUID individualId) {
        return db.read("tokens.list", dsl -> {
            var rows = repository.listActive(dsl, individualId);
            SecretKey key = rows.stream().anyMatch(r -> TokenName.isSealed(r.getName())) ? keys.open(dsl, individualId) : null;
            return rows.stream().map(r -> new PersonalToken(r.getId(), TokenName.open(key, r.getId(), r.getName()), r.getCreatedAt(), r.getLastUsedAt()))
                    .toList();
        });
    }

    public void revoke(UUID individualId, UUID tokenId) {
        if (!db.tx("tokens.revoke", dsl -> repository.revoke(dsl, individualId, tokenId))) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no active token with this id.");
        }
    }

    @Override
    public Optional<Actor> verify(String token) {
        byte[] hash = Tokens.sha256(token);
        Optional<PersonalAccessTokensRecord> row = db.read("tokens.verify", dsl -> repository.findLive(dsl, hash));
        row.ifPresent(this::touchIfStale);
        return row.map(r -> Actor.individual(r.getIndividualId(), new org.hearth.kernel.actor.Credential.PersonalToken(r.getId())));
    }

    private void touchIfStale(PersonalAccessTokensRecord row) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (row.getLastUsedAt() == null || row.getLastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            db.txRun("tokens.touch", dsl -> repository.touch(dsl, row.getId(), now));
        }
    }
}
