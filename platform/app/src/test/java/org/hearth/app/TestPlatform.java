package org.hearth.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.testing.TestDatabase;

/** Starts a whole platform on a free port against the tests' PostgreSQL, as {@code serve} would. */
final class TestPlatform {

    private TestPlatform() {
    }

    static Platform start() {
        return start(Optional.empty());
    }

    static Platform start(Optional<Path> charter) {
        TestDatabase database = TestDatabase.get();
        database.reset();
        return Platform.start(config(Optional.of(database.asExternal()), tempDir(), charter));
    }

    static HearthConfig config(Optional<HearthConfig.ExternalDatabase> db, Path dataDir, Optional<Path> charter) {
        int port = freePort();
        return new HearthConfig("127.0.0.1", port, 4, "http://localhost:" + port, dataDir, db, 4,
                charter.or(() -> Optional.of(Path.of("../../CHARTER.md"))), Optional.empty(), Optional.empty(), Optional.empty(),
                Duration.ofMinutes(15), 64 * 1024, false, Duration.ofMillis(50));
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
