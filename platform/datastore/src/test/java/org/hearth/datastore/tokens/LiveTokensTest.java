package org.hearth.datastore.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LiveTokensTest {

    private final LiveTokens live = new LiveTokens();
    private final byte[] digest = {1, 2, 3, 4};
    private final LiveTokens.Live jane = new LiveTokens.Live(UUID.randomUUID(), UUID.randomUUID(), OffsetDateTime.now());

    @Test
    void aVerificationIsKeptAndFoundByItsDigest() {
        live.keep(digest, jane, live.generation());

        assertThat(live.find(digest)).isEqualTo(jane);
        assertThat(live.find(new byte[] {1, 2, 3, 4})).as("by content, not by array").isEqualTo(jane);
        assertThat(live.find(new byte[] {4, 3, 2, 1})).isNull();
    }

    @Test
    void revokingForgetsTheToken() {
        live.keep(digest, jane, live.generation());

        live.forgetToken(jane.tokenId());

        assertThat(live.find(digest)).isNull();
    }

    @Test
    void erasureForgetsEveryTokenOfTheOwnerAndNoOneElses() {
        byte[] second = {9, 9};
        byte[] other = {7};
        LiveTokens.Live john = new LiveTokens.Live(UUID.randomUUID(), UUID.randomUUID(), null);
        long seen = live.generation();
        live.keep(digest, jane, seen);
        live.keep(second, new LiveTokens.Live(UUID.randomUUID(), jane.individualId(), null), seen);
        live.keep(other, john, seen);

        live.forgetOwner(jane.individualId());

        assertThat(live.find(digest)).isNull();
        assertThat(live.find(second)).isNull();
        assertThat(live.find(other)).isEqualTo(john);
    }

    @Test
    void aVerificationThatReadTheDatabaseBeforeARevocationIsNotKept() {
        // A verification reads the generation, then the database (the token still live), and
        // meanwhile the revocation commits and forgets the token, which is not yet in the cache.
        long seen = live.generation();
        live.forgetToken(jane.tokenId());

        live.keep(digest, jane, seen);

        assertThat(live.find(digest)).as("the old answer must not come back after the revocation").isNull();
    }
}
