package org.hearth.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.crypto.SigningKeys;
import org.hearth.web.security.AccessTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A tenant's access token checked as every tenant call checks it: the first time (ES256 signature,
 * issuer, audience, expiry), and again (the verified token's digest found in the cache until it
 * expires).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AccessTokenBench {

    private static final String ISSUER = "http://127.0.0.1:18181";

    private SigningKeys keys;
    private AccessTokens tokens;
    private AccessTokens fresh;
    private String token;

    @Setup
    public void setUp() {
        keys = SigningKeys.fromJwk(SigningKeys.generateJwk());
        tokens = new AccessTokens(keys, ISSUER, Duration.ofMinutes(15), Clock.systemUTC());
        token = tokens.issue(UUID.randomUUID(), "bench-client").token();
    }

    /** A verifier that has seen no token yet (its cache empty), for each call of {@link #verifyFirstTime}. */
    @Setup(Level.Invocation)
    public void forget() {
        fresh = new AccessTokens(keys, ISSUER, Duration.ofMinutes(15), Clock.systemUTC());
    }

    @Benchmark
    public Optional<Actor> verifyFirstTime() {
        return fresh.verify(token);
    }

    @Benchmark
    public Optional<Actor> verifyAgain() {
        return tokens.verify(token);
    }
}
