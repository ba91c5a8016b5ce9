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
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.actor.RequestId;

/** Creates, lists, revokes and verifies personal access tokens. */
public final class TokenService {

    /** Last use is recorded at most this often, so verifying a token is normally a read only. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final String DEFAULT_NAME = "Personal access token";

    private final Db db;
    private final Clock clock;
    private final DataKeys keys;
    private final TokenRepository repository = new TokenRepository();
    private final LiveTokens live = new LiveTokens();
    private final String prefix;

    /** @param prefix what every secret starts with: how the web layer routes a bearer token here */
    public TokenService(Db db, Clock clock, DataKeys keys, String prefix) {
        this.prefix = prefix;
        this.db = db;
        this.clock = clock;
        this.keys = keys;
    }

    public PersonalToken.Created create(CallContext ctx, String name) {
        UUID individualId = ctx.actor().individualId();
        boolean named = name != null && !name.isBlank();
        String cleanName = named ? name.strip() : DEFAULT_NAME;
        if (cleanName.length() > 100) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A token name has at most 100 characters.");
        }
        String secret = Tokens.newSecret(prefix);
        UUID id = Ids.newId();
        // The owner's own words are sealed; the default label says nothing about anyone and needs no key.
        TokenRepository.Stored row = db.write(ctx, dsl -> repository.insert(dsl, id, individualId,
                named ? TokenName.seal(keys.open(dsl, individualId), id, cleanName) : cleanName, Tokens.sha256(secret)));
        return new PersonalToken.Created(new PersonalToken(row.id(), cleanName, row.createdAt(), row.lastUsedAt()), secret);
    }

    public List<PersonalToken> list(Actor individual) {
        UUID individualId = individual.individualId();
        return db.read("tokens.list", dsl -> {
            var rows = repository.listActive(dsl, individualId);
            SecretKey key = rows.stream().anyMatch(r -> TokenName.isSealed(r.name())) ? keys.open(dsl, individualId) : null;
            return rows.stream().map(r -> new PersonalToken(r.id(), TokenName.open(key, r.id(), r.name()), r.createdAt(), r.lastUsedAt()))
                    .toList();
        });
    }

    public void revoke(CallContext ctx, UUID tokenId) {
        UUID individualId = ctx.actor().individualId();
        // Refused inside the transaction, so a revocation of nothing leaves no audit row either.
        try {
            db.write(ctx, dsl -> {
                if (!repository.revoke(dsl, individualId, tokenId)) {
                    throw new HearthException(ErrorCode.NOT_FOUND, "You have no active token with this id.");
                }
                return null;
            });
        } finally {
            // Before the caller hears "revoked", and even if something failed after the commit:
            // no verification answers from memory from now on (forgetting a live token costs one read).
            live.forgetToken(tokenId);
        }
    }

    /** After an erasure has committed, and before it is acknowledged: the owner's tokens are gone. */
    public void forgetOwner(UUID individualId) {
        live.forgetOwner(individualId);
    }

    /** The individual a live token stands for, with the token as their credential; empty for anything else. */
    public Optional<Actor> verify(String token) {
        byte[] hash = Tokens.sha256(token);
        long seen = live.generation();  // before anything is read: see LiveTokens
        LiveTokens.Live known = live.find(hash);
        if (known == null) {
            Optional<TokenRepository.Stored> row = db.read("tokens.verify", dsl -> repository.findLive(dsl, hash));
            if (row.isEmpty()) {
                return Optional.empty();
            }
            known = new LiveTokens.Live(row.get().id(), row.get().individualId(), row.get().lastUsedAt());
            live.keep(hash, known, seen);
        }
        Actor actor = Actor.individual(known.individualId(), new Credential.PersonalToken(known.tokenId()));
        return touchIfStale(actor, hash, known, seen) ? Optional.of(actor) : Optional.empty();
    }

    /**
     * Records the last use, audited as the token's own use (verification comes before any request
     * context); false if the token was revoked or its owner erased, whatever the cache said.
     */
    private boolean touchIfStale(Actor actor, byte[] hash, LiveTokens.Live known, long seen) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (known.lastUsedAt() == null || known.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            boolean stillLive = db.write(new CallContext(actor, "tokens.touch", RequestId.generate()),
                    dsl -> repository.touch(dsl, known.tokenId(), now));
            if (!stillLive) {
                // Revoked or erased meanwhile: whatever memory said, the database has the last word.
                live.forgetToken(known.tokenId());
                return false;
            }
            live.keep(hash, new LiveTokens.Live(known.tokenId(), known.individualId(), now), seen);
        }
        return true;
    }
}
