package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar's logs, as an operator's collector reads them: JSON lines, request ids, no personal data. */
class ServerLogsIT {

    private static final String EMAIL = "logged-nowhere@example.org";
    private static final String PASSWORD = "never in a log line";
    private static final String CONTENT = "a note nobody else may read";

    @Test
    @DisplayName("Each request's log lines are JSON carrying its X-Request-Id; the access line has the route template and status, and no email, record or query string appears")
    void jsonLinesWithRequestIdsAndNoPersonalData(@TempDir Path dir) throws Exception {
        int port = TestPlatform.freePort();
        Process server = ServerProcess.start(dir, port, Map.of("HEARTH_HTTP_INSTANCES", "2"));
        String recordId;
        try {
            Http http = new Http(port);
            ServerProcess.awaitReady(http);
            String token = Http.bearer(TestPlatform.individual(http, EMAIL, PASSWORD));
            var created = http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Private", "dpv-pd:Utility",
                    "{\"note\":\"" + CONTENT + "\"}"), "Authorization", token, "X-Request-Id", "log-it-create");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            recordId = Http.json(created).getString("id");
            var read = http.get("/api/v1/me/records/" + recordId + "?search=secret-query-term", "Authorization", token, "X-Request-Id", "log-it-read");
            assertThat(read.headers().firstValue("X-Request-Id")).hasValue("log-it-read");
            var missing = http.get("/api/v1/me/records/" + java.util.UUID.randomUUID(), "Authorization", token, "X-Request-Id", "log-it-missing");
            assertThat(missing.statusCode()).isEqualTo(404);
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("a graceful stop").isTrue();
        }
        String log;
        try (Stream<Path> files = Files.list(dir)) {
            log = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("hearth-")).findFirst().orElseThrow());
        }
        List<JsonObject> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.isBlank() || line.startsWith("Hearth is listening")) {
                continue;
            }
            try {
                lines.add(new JsonObject(line));
            } catch (DecodeException e) {
                throw new AssertionError("not a JSON line: " + line);
            }
        }
        JsonObject access = access(lines, "log-it-read");
        assertThat(access.getString("method")).isEqualTo("GET");
        assertThat(access.getString("route")).isEqualTo("/api/v1/me/records/:id");
        assertThat(access.getInteger("status")).isEqualTo(200);
        assertThat(access.getValue("durationMs")).isInstanceOf(Number.class);
        assertThat(access(lines, "log-it-create").getInteger("status")).isEqualTo(201);
        assertThat(access(lines, "log-it-create").getString("route")).isEqualTo("/api/v1/me/records");
        assertThat(access(lines, "log-it-missing").getInteger("status")).isEqualTo(404);
        JsonObject started = lines.stream().filter(l -> "Hearth started".equals(l.getString("message"))).findFirst().orElseThrow();
        assertThat(started.getString("charter")).isEqualTo("uk-cic");
        assertThat(started.getString("database")).isEqualTo("embedded");
        assertThat(started.getString("dataDir")).isEqualTo(dir.resolve("data").toAbsolutePath().toString());
        assertThat(started.getInteger("port")).isEqualTo(port);
        assertThat(lines.stream().map(l -> l.getString("message"))).contains("Hearth stopped");
        assertThat(log).doesNotContain(EMAIL).doesNotContain(PASSWORD).doesNotContain(CONTENT).doesNotContain("secret-query-term")
                .doesNotContain(recordId);
    }

    private static JsonObject access(List<JsonObject> lines, String requestId) {
        List<JsonObject> mine = lines.stream().filter(l -> requestId.equals(l.getString("requestId"))).toList();
        assertThat(mine).as("lines of request %s", requestId).isNotEmpty();
        List<JsonObject> accessLines = mine.stream().filter(l -> "hearth.access".equals(l.getString("logger_name"))).toList();
        assertThat(accessLines).as("access lines of request %s", requestId).hasSize(1);
        return accessLines.getFirst();
    }
}
