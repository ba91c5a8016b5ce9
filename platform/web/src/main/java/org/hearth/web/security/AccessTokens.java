package org.hearth.web.security;

import org.hearth.kernel.crypto.SigningKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;

/**
 * Tenants' OAuth2 access tokens: short-lived JWTs signed by the platform (ES256). Anyone can
 * check them against /.well-known/jwks.json; this class issues and verifies them.
 */
public final class AccessTokens {

    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");

    private final SigningKeys keys;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;
    /**
     * Tokens already verified, by SHA-256 of the token, until they expire: ES256 verification
     * costs most of a tenant call's CPU, and a token verified once stays valid until its expiry
     * (client revocation and tenant suspension are checked separately on every call).
     */
    private final java.util.Map<String, Verified> verified = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Verified> eldest) {
                    return size() > 10_000;
                }
            });

    private record Verified(Actor caller, Instant expiresAt) {
    }

    public AccessTokens(SigningKeys keys, String issuer, Duration ttl, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.ttl = ttl;
        this.clock = clock;
    }

    public record Issued(String token, long expiresInSeconds) {
    }

    public Issued issue(UUID tenantId, String clientId) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience())
                .subject(tenantId.toString())
                .claim("client_id", clientId)
                .claim("tenant_id", tenantId.toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.key().getKeyID()).type(TYPE).build(), claims);
        try {
            jwt.sign(new ECDSASigner(keys.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new Issued(jwt.serialize(), ttl.toSeconds());
    }

    /** The tenant behind a valid, unexpired token of ours; empty for anything else. */
    public Optional<Actor> verify(String token) {
        String digest = java.util.HexFormat.of().formatHex(org.hearth.kernel.crypto.Tokens.sha256(token));
        Verified known = verified.get(digest);
        if (known != null) {
            if (known.expiresAt().isAfter(clock.instant())) {
                return Optional.of(known.caller());
            }
            verified.remove(digest);
            return Optional.empty();
        }
        Optional<Actor> caller = verifySignature(token);
        caller.ifPresent(c -> expiry(token).ifPresent(exp -> verified.put(digest, new Verified(c, exp))));
        return caller;
    }

    private static Optional<Instant> expiry(String token) {
        try {
            return Optional.ofNullable(SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime()).map(Date::toInstant);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Actor> verifySignature(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new ECDSAVerifier(keys.key().toECPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            boolean valid = issuer.equals(claims.getIssuer())
                    && claims.getAudience().contains(audience())
                    && claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now)
                    && (claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().toInstant().isAfter(now.plusSeconds(5)));
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(Actor.client(UUID.fromString(claims.getSubject()), claims.getStringClaim("client_id")));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String audience() {
        return issuer + "/api";
    }
}
