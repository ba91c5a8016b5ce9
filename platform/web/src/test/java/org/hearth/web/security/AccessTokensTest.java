package org.hearth.web.security;

import org.hearth.kernel.crypto.SigningKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final SigningKeys keys = SigningKeys.fromJwk(SigningKeys.generateJwk());
    private final AccessTokens tokens = new AccessTokens(keys, "https://hearth.example", Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID tenant = UUID.randomUUID();

    @Test
    void aFreshTokenNamesItsTenantAndClient() {
        AccessTokens.Issued issued = tokens.issue(tenant, "hc_1");
        assertThat(issued.expiresInSeconds()).isEqualTo(900);
        assertThat(tokens.verify(issued.token())).hasValueSatisfying(caller -> {
            assertThat(caller.kind()).isEqualTo(Actor.Kind.TENANT);
            assertThat(caller.id()).isEqualTo(tenant);
            assertThat(caller.clientId()).contains("hc_1");
        });
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(tenant, "hc_1").token();
        AccessTokens later = new AccessTokens(keys, "https://hearth.example", Duration.ofMinutes(15),
                Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        assertThat(later.verify(token)).isEmpty();
    }

    @Test
    void aTokenVerifiedOnceIsStillRefusedOnceItExpires() {
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        AccessTokens cached = new AccessTokens(keys, "https://hearth.example", Duration.ofMinutes(15), moving);
        String token = cached.issue(tenant, "hc_1").token();
        assertThat(cached.verify(token)).isPresent();
        assertThat(cached.verify(token)).as("from the cache").isPresent();
        now[0] = NOW.plus(Duration.ofMinutes(16));
        assertThat(cached.verify(token)).isEmpty();
    }

    @Test
    void aTokenSignedByAnotherKeyOrForAnotherIssuerIsRefused() {
        String token = tokens.issue(tenant, "hc_1").token();
        AccessTokens otherKey = new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "https://hearth.example",
                Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
        AccessTokens otherIssuer = new AccessTokens(keys, "https://elsewhere.example", Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherKey.verify(token)).isEmpty();
        assertThat(otherIssuer.verify(token)).isEmpty();
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        assertThat(tokens.verify("not.a.jwt")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    @Test
    void thePublishedKeySetHasNoPrivatePart() {
        assertThat(keys.publicJwks()).contains("\"kty\":\"EC\"").doesNotContain("\"d\":");
    }
}
