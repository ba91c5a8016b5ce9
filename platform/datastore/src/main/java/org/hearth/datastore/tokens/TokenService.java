package org.hearth.datastore.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.crypto.Tokens;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.schema.generated.datastore.tables.records.PersonalAccessTokensRecord;
import org.hearth.web.Caller;
import org.hearth.web.security.PersonalTokenVerifier;

/** Creates, lists, revokes and verifies personal access tokens. */
public final class TokenService implements PersonalTokenVerifier {

    /** Last use is recorded at most this often, so verifying a token is normally a read only. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Db db;
    private final Clock clock;
    private final TokenRepository repository = new TokenRepository();

    public TokenService(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public PersonalToken.Created create(UUID individualId, String name) {
        String cleanName = name == null || name.isBlank() ? "Personal access token" : name.strip();
        if (cleanName.length() > 100) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A token name has at most 100 characters.");
        }
        String secret = Tokens.newSecret(PREFIX);
        PersonalAccessTokensRecord row = db.tx("tokens.create",
                dsl -> repository.insert(dsl, Ids.newId(), individualId, cleanName, Tokens.sha256(secret)));
        return new PersonalToken.Created(toToken(row), secret);
    }

    public List<PersonalToken> list(UUID individualId) {
        return db.read("tokens.list", dsl -> repository.listActive(dsl, individualId)).stream().map(TokenService::toToken).toList();
    }

    public void revoke(UUID individualId, UUID tokenId) {
        if (!db.tx("tokens.revoke", dsl -> repository.revoke(dsl, individualId, tokenId))) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no active token with this id.");
        }
    }

    @Override
    public Optional<Caller> verify(String token) {
        byte[] hash = Tokens.sha256(token);
        Optional<PersonalAccessTokensRecord> row = db.read("tokens.verify", dsl -> repository.findLive(dsl, hash));
        row.ifPresent(this::touchIfStale);
        return row.map(r -> new Caller(Caller.Kind.INDIVIDUAL, r.getIndividualId(), Set.of(), r.getId().toString()));
    }

    private void touchIfStale(PersonalAccessTokensRecord row) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (row.getLastUsedAt() == null || row.getLastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            db.txRun("tokens.touch", dsl -> repository.touch(dsl, row.getId(), now));
        }
    }

    private static PersonalToken toToken(PersonalAccessTokensRecord row) {
        return new PersonalToken(row.getId(), row.getName(), row.getCreatedAt(), row.getLastUsedAt());
    }
}
