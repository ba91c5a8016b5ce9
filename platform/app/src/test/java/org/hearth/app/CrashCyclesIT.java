package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe's crash cycles, short: the real server runs as its own process on its embedded
 * PostgreSQL; several threads write the owner's records and deliver records as a tenant (with
 * idempotency keys) while the server is killed with SIGKILL; after each restart on the same data
 * directory, every operation that was acknowledged with a 2xx must be there, intact, and the
 * access log's hash chain must verify. In-flight deliveries retried with their key are stored once.
 */
class CrashCyclesIT {

    private static final int CYCLES = 3;
    private static final int WRITERS = 3;
    private static final Duration LOAD = Duration.ofSeconds(2);
    /** The load must not meet the sandbox plan's rate limit. */
    private static final Map<String, String> SERVER = Map.of("HEARTH_HTTP_INSTANCES", "4", "HEARTH_RATE_SANDBOX", "100000");
    private static final String BILL = "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"%s\",\"data\":{\"amount\":\"%d.00\"}}";

    /** An acknowledged write: the record id the server gave and the title it must still have. */
    private record Acked(String id, String title) {
    }

    @Test
    @DisplayName("Killed with SIGKILL three times during concurrent writes and deliveries, the server loses no acknowledged operation")
    void nothingAcknowledgedIsLost(@TempDir Path dir) throws Exception {
        int port = TestPlatform.freePort();
        Http http = new Http(port);
        Process server = ServerProcess.start(dir, port, SERVER);
        ServerProcess.awaitReady(http);
        String owner = Http.bearer(TestPlatform.individual(http, "crash@example.org", "survives every crash"));
        JsonObject tenant = Http.json(http.postJson("/api/v1/tenants", "{\"name\":\"Crash Co\",\"kind\":\"company\","
                + "\"contactEmail\":\"dpo@crash.example\",\"admin\":{\"email\":\"admin@crash.example\",\"password\":\"a crash admin pass\"}}"));
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", MatrixWorld.dataRequest(), "Authorization", tenantToken(http, tenant))).getString("code");
        String agreement = Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", owner)).getString("id");

        List<Acked> acknowledged = new ArrayList<>();
        Map<String, String> inFlight = new ConcurrentHashMap<>();
        int lost = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            String tenantAuth = tenantToken(http, tenant);
            List<ProcessHandle> postgres = new ArrayList<>();
            acknowledged.addAll(loadAndKill(dir, server, port, owner, tenantAuth, agreement, cycle, inFlight, postgres));
            server = ServerProcess.start(dir, port, SERVER);
            ServerProcess.awaitReady(http);
            assertThat(postgres).as("the killed server's PostgreSQL is not left running after the restart (cycle %d)", cycle)
                    .noneMatch(ServerProcess::running);
            lost += lostOperations(http, owner, acknowledged);
            JsonObject chain = Http.json(http.get("/api/v1/me/access-log/verification", "Authorization", owner));
            assertThat(chain.getBoolean("intact")).as("the access log verifies after crash %d: %s", cycle, chain).isTrue();
            String retryAuth = tenantToken(http, tenant);
            inFlight.forEach((key, title) -> {
                // the very request that got no answer (same key, same body: the key's n), as a client retries it
                int n = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
                HttpResponse<String> retried = http.postJson("/api/v1/tenant/agreements/" + agreement + "/records", BILL.formatted(title, n),
                        "Authorization", retryAuth, "Idempotency-Key", key);
                assertThat(retried.statusCode()).as("retry of %s after the crash: %s", key, retried.body()).isEqualTo(201);
                acknowledged.add(new Acked(Http.json(retried).getString("id"), title));
            });
            inFlight.clear();
        }
        lost += lostOperations(http, owner, acknowledged);
        long distinct = acknowledged.stream().map(Acked::id).distinct().count();
        System.out.printf("Crash cycles: %d cycles, %d acknowledged operations (%d distinct records), %d lost%n",
                CYCLES, acknowledged.size(), distinct, lost);
        assertThat(lost).as("acknowledged operations missing or changed after the crashes").isZero();
        assertThat(acknowledged).as("the load acknowledged something to check").hasSizeGreaterThan(CYCLES * WRITERS);
        Map<String, Integer> stored = titles(http, owner);
        assertThat(acknowledged).as("each acknowledged operation is stored once, retried keys included")
                .allSatisfy(a -> assertThat(stored.get(a.title())).as(a.title()).isEqualTo(1));
        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("a graceful stop at the end").isTrue();
    }

    /** Writes from several threads, then kills the server (and, every other cycle, its PostgreSQL too) mid-flight. */
    private static List<Acked> loadAndKill(Path dir, Process server, int port, String owner, String tenant, String agreement, int cycle,
                                           Map<String, String> inFlight, List<ProcessHandle> postgres) throws Exception {
        List<Acked> acked = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS * 2);
        for (int w = 0; w < WRITERS; w++) {
            pool.submit(() -> {
                Http http = new Http(port);
                while (running.get()) {
                    String title = "note c" + cycle + "-" + sequence.incrementAndGet();
                    try {
                        HttpResponse<String> r = http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:note/v1\",\"category\":\"dpv-pd:Utility\","
                                + "\"title\":\"" + title + "\",\"data\":{\"cycle\":" + cycle + "}}", "Authorization", owner);
                        if (r.statusCode() / 100 == 2) {
                            acked.add(new Acked(Http.json(r).getString("id"), title));
                        }
                    } catch (IllegalStateException killed) {
                        return;
                    }
                }
            });
            pool.submit(() -> {
                Http http = new Http(port);
                while (running.get()) {
                    int n = sequence.incrementAndGet();
                    String title = "bill c" + cycle + "-" + n;
                    String key = "crash-" + cycle + "-" + n;
                    inFlight.put(key, title);
                    try {
                        HttpResponse<String> r = http.postJson("/api/v1/tenant/agreements/" + agreement + "/records", BILL.formatted(title, n),
                                "Authorization", tenant, "Idempotency-Key", key);
                        if (r.statusCode() / 100 == 2) {
                            acked.add(new Acked(Http.json(r).getString("id"), title));
                            inFlight.remove(key);
                        } else if (r.statusCode() < 500) {
                            inFlight.remove(key);
                        }
                    } catch (IllegalStateException killed) {
                        return; // no answer: the key stays in flight and is retried after the restart
                    }
                }
            });
        }
        // The load runs for LOAD and until it has been acknowledged a few times, so that a slow
        // (loaded) machine still kills a server that is busy writing, not one still warming up.
        long started = System.nanoTime();
        int thisCycle = cycle;
        Eventually.await(Duration.ofSeconds(60), String.format("%d writes acknowledged within 60 s in cycle %d", WRITERS * 2, thisCycle),
                () -> System.nanoTime() - started >= LOAD.toNanos() && acked.size() >= WRITERS * 2);
        postgres.addAll(ServerProcess.embeddedPostgres(dir));
        assertThat(postgres).as("the server's embedded PostgreSQL is found (cycle %d)", cycle).isNotEmpty();
        server.destroyForcibly();
        if (cycle % 2 == 0) {
            // As after a power cut: the embedded PostgreSQL dies with the JVM, unflushed pages and all.
            postgres.forEach(ProcessHandle::destroyForcibly);
        }
        server.waitFor(30, TimeUnit.SECONDS);
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return acked;
    }

    private static int lostOperations(Http http, String owner, List<Acked> acknowledged) {
        int lost = 0;
        for (Acked a : acknowledged) {
            HttpResponse<String> r = http.get("/api/v1/me/records/" + a.id(), "Authorization", owner);
            if (r.statusCode() != 200 || !a.title().equals(Http.json(r).getString("title"))) {
                System.out.printf("LOST %s %s: %d %s%n", a.id(), a.title(), r.statusCode(), r.body());
                lost++;
            }
        }
        return lost;
    }

    /** How many of the owner's records carry each title, over every page of the list. */
    private static Map<String, Integer> titles(Http http, String owner) {
        Map<String, Integer> titles = new java.util.HashMap<>();
        String after = null;
        do {
            JsonObject page = Http.json(http.get("/api/v1/me/records?limit=200" + (after == null ? "" : "&after=" + after), "Authorization", owner));
            page.getJsonArray("items").forEach(item -> titles.merge(((JsonObject) item).getString("title"), 1, Integer::sum));
            after = page.getString("nextCursor");
        } while (after != null);
        return titles;
    }

    private static String tenantToken(Http http, JsonObject tenant) {
        HttpResponse<String> token = http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(tenant.getString("clientId"), tenant.getString("clientSecret")));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return Http.bearer(Http.json(token).getString("access_token"));
    }

}
