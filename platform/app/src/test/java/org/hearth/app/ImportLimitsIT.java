package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Anonymous imports cannot exhaust the server: archives stream to sealed temporary files, at
 * most four run at once (503 beyond) and one per client address (429 beyond), and the server's
 * memory and health stay as they were. Each client address is a loopback address of its own.
 */
class ImportLimitsIT {

    private static final int MIB = 1024 * 1024;
    private static final int UPLOAD = 64 * MIB;
    private static final int HELD_AT = 8 * MIB;
    private static final byte[] MARKER = "PERSONAL-DATA-IN-CLEAR ".getBytes(StandardCharsets.US_ASCII);

    private static Platform platform;
    private static Path uploads;

    @BeforeAll
    static void start() {
        TestDatabase database = TestDatabase.get();
        database.reset();
        Path data = TestPlatform.tempDir();
        uploads = data.resolve("uploads");
        platform = Platform.start(TestPlatform.config(Optional.of(database.asExternal()), data, Optional.empty(), Map.of()));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("Seven concurrent large anonymous imports: four stream to sealed files, the rest get 503 or 429 with Retry-After; memory and health hold")
    void concurrentLargeImports() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
        for (int i = 2; i <= 5; i++) {
            admitted.add(client("127.0.0." + i).sendAsync(importRequest(i, false, UPLOAD, () -> new HeldUpload(UPLOAD, HELD_AT, release)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        try {
            awaitSpooled(4, 2 * MIB);
            assertThat(Files.getPosixFilePermissions(uploads)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (Path file : spooled()) {
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                assertThat(indexOf(Files.readAllBytes(file), MARKER)).as("the archive is not on disk in clear").isEqualTo(-1);
            }

            long started = System.nanoTime();
            HttpResponse<String> ready = client("127.0.0.1").send(HttpRequest.newBuilder(uri("/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(readyMillis).as("/health/ready answers while four imports stream").isLessThan(1000);

            for (String address : List.of("127.0.0.6", "127.0.0.7")) {
                HttpResponse<String> busy = client(address).send(importRequest(6, true, UPLOAD, () -> new HeldUpload(UPLOAD, UPLOAD, release)),
                        HttpResponse.BodyHandlers.ofString());
                assertBusy(busy, 503, "unavailable");
            }
            HttpResponse<String> sameAddress = client("127.0.0.2").send(importRequest(7, true, UPLOAD, () -> new HeldUpload(UPLOAD, UPLOAD, release)),
                    HttpResponse.BodyHandlers.ofString());
            assertBusy(sameAddress, 429, "too_many_requests");

            long rss = residentBytes();
            System.out.printf("ImportLimitsIT: RSS with 4 imports streaming and 3 refused: %d MiB; /health/ready in %d ms%n", rss / MIB, readyMillis);
            assertThat(rss).as("resident memory of the JVM serving the imports").isLessThan(1024L * MIB);
        } finally {
            release.countDown();
        }
        for (CompletableFuture<HttpResponse<String>> upload : admitted) {
            HttpResponse<String> done = upload.get(60, TimeUnit.SECONDS);
            assertThat(done.statusCode()).as(done.body()).isEqualTo(422);
            assertThat(Http.json(done).getString("code")).isEqualTo("invalid_archive");
        }
        long rss = residentBytes();
        System.out.printf("ImportLimitsIT: RSS after 4 × %d MiB imports: %d MiB%n", UPLOAD / MIB, rss / MIB);
        assertThat(rss).isLessThan(1024L * MIB);
        assertThat(spooled()).as("every sealed upload is deleted after its import").isEmpty();
        HttpResponse<String> again = client("127.0.0.2").send(importRequest(8, true, MIB, () -> new HeldUpload(MIB, MIB, release)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the address's place was given back").isEqualTo(422);
    }

    @Test
    @DisplayName("An archive announced larger than the limit is refused with 413 before its body is read")
    void announcedTooLarge() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/accounts/import")).expectContinue(true).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/zip").header("Authorization", Http.basic("big@example.org", "a very big archive"))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new HeldUpload(MIB, MIB, new CountDownLatch(0))),
                        257L * MIB))
                .build();
        HttpResponse<String> refused = client("127.0.0.9").send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static void assertBusy(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(response).getString("code")).isEqualTo(code);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
    }

    private static HttpRequest importRequest(int n, boolean expectContinue, long size, java.util.function.Supplier<InputStream> body) {
        return HttpRequest.newBuilder(uri("/api/v1/accounts/import")).expectContinue(expectContinue).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/zip")
                .header("Authorization", Http.basic("importer" + n + "@example.org", "moving my data over"))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body), size))
                .build();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + platform.port() + path);
    }

    private static HttpClient client(String localAddress) throws IOException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(InetAddress.getByName(localAddress))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static List<Path> spooled() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.toList();
        }
    }

    /** Waits (on the condition, not a time) until {@code count} uploads are on disk with at least {@code bytes} each. */
    private static void awaitSpooled(int count, long bytes) throws Exception {
        boolean spooledInTime = Eventually.within(java.time.Duration.ofSeconds(60), () -> {
            List<Path> files;
            try {
                files = spooled();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return files.size() >= count && files.stream().allMatch(f -> f.toFile().length() >= bytes);
        });
        if (!spooledInTime) {
            throw new AssertionError("the uploads never reached disk: " + spooled());
        }
    }

    private static long residentBytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst().orElseThrow();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code size} bytes that read like personal data in clear; after {@code heldAt} bytes it waits for the latch. */
    private static final class HeldUpload extends InputStream {
        private final long size;
        private final long heldAt;
        private final CountDownLatch release;
        private final byte[] block = new byte[64 * 1024];
        private long sent;

        HeldUpload(long size, long heldAt, CountDownLatch release) {
            this.size = size;
            this.heldAt = heldAt;
            this.release = release;
            for (int i = 0; i < block.length; i++) {
                block[i] = MARKER[i % MARKER.length];
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (sent >= size) {
                return -1;
            }
            if (sent >= heldAt) {
                try {
                    if (!release.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            int n = (int) Math.min(Math.min(len, block.length), size - sent);
            if (sent < heldAt) {
                n = (int) Math.min(n, heldAt - sent);
            }
            System.arraycopy(block, 0, b, off, n);
            sent += n;
            return n;
        }
    }
}
