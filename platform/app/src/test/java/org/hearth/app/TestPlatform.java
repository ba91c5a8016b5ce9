package org.hearth.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.config.ConfigLoader;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.testing.TestDatabase;

/** Starts a whole platform on a free port against the tests' PostgreSQL, as {@code serve} would. */
final class TestPlatform {

    /** The /metrics bearer token every test platform gets (a test may set its own). */
    static final String METRICS_TOKEN = "the-test-platforms-metrics-token";

    private TestPlatform() {
    }

    /** The Prometheus text of /metrics, read as an operator's scraper would. */
    static String metrics(int port) {
        var answer = new Http(port).get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN);
        if (answer.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + answer.statusCode());
        }
        return answer.body();
    }

    static Platform start() {
        return start(Optional.empty());
    }

    static Platform start(Optional<Path> charter) {
        return start(charter, Map.of());
    }

    static Platform start(Map<String, String> extra) {
        return start(Optional.empty(), extra);
    }

    static Platform start(Optional<Path> charter, Map<String, String> extra) {
        TestDatabase database = TestDatabase.get();
        database.reset();
        return Platform.start(config(Optional.of(database.asExternal()), tempDir(), charter, extra));
    }

    /** Signs an individual up and returns a personal access token for them. */
    static String individual(Http http, String email, String password) {
        var created = http.postJson("/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("sign-up failed: " + created.body());
        }
        var token = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic(email, password));
        return Http.json(token).getString("token");
    }

    static HearthConfig config(Optional<HearthConfig.ExternalDatabase> db, Path dataDir, Optional<Path> charter) {
        return config(db, dataDir, charter, Map.of());
    }

    /** The configuration {@code serve} would read from this environment, on a free local port. */
    static HearthConfig config(Optional<HearthConfig.ExternalDatabase> db, Path dataDir, Optional<Path> charter, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("HEARTH_HTTP_HOST", "127.0.0.1");
        env.put("HEARTH_HTTP_PORT", String.valueOf(freePort()));
        env.put("HEARTH_HTTP_INSTANCES", "4");
        env.put("HEARTH_DATA", dataDir.toString());
        env.put("HEARTH_DB_POOL_SIZE", "4");
        env.put("HEARTH_CHARTER", charter.orElse(Path.of("../../CHARTER.md")).toString());
        env.put("HEARTH_MAX_BODY_BYTES", String.valueOf(64 * 1024));
        env.put("HEARTH_OUTBOX_POLL_INTERVAL", "PT0.05S");
        // The webhook receivers of the tests listen on 127.0.0.1; WebhookTargetsIT turns this off again.
        env.put("HEARTH_WEBHOOK_PRIVATE_TARGETS", "true");
        env.put("HEARTH_METRICS_TOKEN", METRICS_TOKEN);
        db.ifPresent(d -> {
            env.put("HEARTH_DB_URL", d.url());
            env.put("HEARTH_DB_USER", d.user());
            env.put("HEARTH_DB_PASSWORD", d.password());
        });
        env.putAll(extra);
        return ConfigLoader.load(env);
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("hearth-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
