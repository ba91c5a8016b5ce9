package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Shutdown drains: readiness turns 503 first, requests in flight finish, and the wait is bounded. */
class ShutdownDrainIT {

    private static final String BODY = "{\"email\":\"drain@example.org\",\"password\":\"finishes during shutdown\"}";

    /** Sends the head of a sign-up and half its body: the request is in flight until the rest comes. */
    private static Socket halfSent(int port) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + BODY.length()
                + "\r\n\r\n" + BODY.substring(0, 10)).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    private static void awaitInFlight(Platform platform, int count) throws InterruptedException {
        Eventually.await(Duration.ofSeconds(30), "the half-sent request reached the server", () -> platform.readiness().inFlight() >= count);
    }

    @Test
    @DisplayName("On close, /health/ready answers 503 while a request in flight still finishes with its answer; then the port closes")
    void readinessTurnsFirstThenRequestsFinish() throws Exception {
        Platform platform = TestPlatform.start(Map.of("HEARTH_SHUTDOWN_GRACE", "PT30S"));
        Http http = new Http(platform.port());
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        try (Socket slow = halfSent(platform.port())) {
            awaitInFlight(platform, 1);
            CompletableFuture<Void> closing = CompletableFuture.runAsync(platform::close);
            Eventually.await(Duration.ofSeconds(30), "readiness turns to draining", () -> platform.readiness().draining());
            var ready = http.get("/health/ready");
            assertThat(ready.statusCode()).as("readiness while draining").isEqualTo(503);
            assertThat(ready.body()).contains("DRAINING");
            assertThat(closing).as("close waits for the request in flight").isNotDone();
            slow.getOutputStream().write(BODY.substring(10).getBytes(StandardCharsets.UTF_8));
            slow.getOutputStream().flush();
            String status = new BufferedReader(new InputStreamReader(slow.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(status).as("the request in flight got its answer").isEqualTo("HTTP/1.1 201 Created");
            closing.get(60, TimeUnit.SECONDS);
        }
        assertThat(refused(platform.port())).as("nothing listens after close").isTrue();
    }

    @Test
    @DisplayName("A request that never finishes holds shutdown only for HEARTH_SHUTDOWN_GRACE")
    void drainIsBounded() throws Exception {
        Platform platform = TestPlatform.start(Map.of("HEARTH_SHUTDOWN_GRACE", "PT1S"));
        try (Socket stuck = halfSent(platform.port())) {
            awaitInFlight(platform, 1);
            long start = System.nanoTime();
            platform.close();
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(took).as("close waited for the grace, then went on").isBetween(900L, 20_000L);
        }
        assertThat(refused(platform.port())).isTrue();
    }

    private static boolean refused(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
