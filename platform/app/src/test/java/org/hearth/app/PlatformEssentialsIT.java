package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Health, metrics, the contract document and error shapes, over real HTTP against real PostgreSQL. */
class PlatformEssentialsIT {

    private static final String METRICS_TOKEN = "a-metrics-token-of-32-characters";
    private static Platform platform;
    private static Http http;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_METRICS_TOKEN", METRICS_TOKEN));
        http = new Http(platform.port());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("GET /health/ready answers 200 when the database answers, and /health/live always")
    void healthChecks() {
        HttpResponse<String> ready = http.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Http.json(ready).getString("status")).isEqualTo("UP");
        assertThat(Http.json(ready).getJsonObject("checks").getString("database")).isEqualTo("UP");
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("/metrics without the metrics token, or with a wrong one, answers 401 problem JSON and shows nothing")
    void metricsNeedTheToken() {
        for (HttpResponse<String> refused : java.util.List.of(http.get("/metrics"), http.get("/metrics", "Authorization", "Bearer not-the-token"),
                http.get("/metrics", "Authorization", Http.basic("metrics", METRICS_TOKEN)))) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"metrics\"");
            assertThat(refused.body()).doesNotContain("jvm_memory_used_bytes");
        }
    }

    @Test
    @DisplayName("/metrics is Prometheus text with HTTP, JVM, pool and per-query series")
    void metricsParseAsPrometheusText() {
        http.get("/health/ready");
        http.postJson("/api/v1/accounts", "{\"email\":\"m@example.org\",\"password\":\"a long enough pass\"}");
        HttpResponse<String> metrics = http.get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        Pattern sample = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^}]*\\})? -?[0-9.eE+\\-]+|[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^}]*\\})? (NaN|\\+Inf|-Inf)");
        for (String line : metrics.body().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(line).as("a Prometheus sample line").matches(sample);
            }
        }
        assertThat(metrics.body())
                .contains("vertx_http_server_requests_total")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active")
                .contains("hearth_db_query_seconds_count{name=\"createAccount\"}")
                .doesNotContain("m@example.org");
    }

    @Test
    @DisplayName("/openapi.yaml is served and describes every operation with who may call it")
    void contractIsServed() {
        HttpResponse<String> doc = http.get("/openapi.yaml");
        assertThat(doc.statusCode()).isEqualTo(200);
        Map<String, Object> parsed = new Yaml().load(doc.body());
        assertThat(parsed.get("openapi")).isEqualTo("3.1.0");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) parsed.get("paths");
        assertThat(paths).containsKeys("/api/v1/accounts", "/api/v1/me", "/api/v1/me/records", "/oauth/token", "/health/ready", "/metrics");
        paths.values().forEach(item -> item.forEach((key, op) -> {
            if (!"parameters".equals(key)) {
                assertThat((Map<String, Object>) op).as(key).containsKey("x-hearth-access");
            }
        }));
    }

    @Test
    @DisplayName("A malformed JSON body gets a 400 problem JSON and creates nothing")
    void malformedJson() {
        HttpResponse<String> response = http.postJson("/api/v1/accounts", "{\"email\": \"x@example.org\", ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo("malformed_json");
        assertThat(problem.getInteger("status")).isEqualTo(400);
        assertThat(problem.getString("requestId")).isNotBlank();
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A body that breaks the contract gets 400 validation_failed naming the problem")
    void contractViolation() {
        HttpResponse<String> missing = http.postJson("/api/v1/accounts", "{\"email\":\"x@example.org\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Http.json(missing).getString("code")).isEqualTo("validation_failed");
        HttpResponse<String> extra = http.postJson("/api/v1/accounts", "{\"email\":\"x@example.org\",\"password\":\"long enough pw\",\"admin\":true}");
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(Http.json(extra).getString("code")).isEqualTo("validation_failed");
    }

    @Test
    @DisplayName("Unknown paths get 404 and wrong methods 405, both as problem JSON")
    void notFoundAndMethodNotAllowed() {
        HttpResponse<String> missing = http.get("/api/v1/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.json(missing).getString("code")).isEqualTo("not_found");
        HttpResponse<String> wrongMethod = http.delete("/api/v1/accounts");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(Http.json(wrongMethod).getString("code")).isEqualTo("method_not_allowed");
    }

    @Test
    @DisplayName("A body over the configured limit gets 413 problem JSON")
    void oversizedBody() {
        String big = "{\"email\":\"" + "a".repeat(70 * 1024) + "@example.org\",\"password\":\"long enough pw\"}";
        HttpResponse<String> response = http.postJson("/api/v1/accounts", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).getString("code")).isEqualTo("payload_too_large");
    }

    @Test
    @DisplayName("Sign-up refuses a weak password with a readable reason and a duplicate email without saying more")
    void signUpRules() {
        HttpResponse<String> weak = http.postJson("/api/v1/accounts", "{\"email\":\"w@example.org\",\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(Http.json(weak).getString("code")).isEqualTo("weak_password");
        assertThat(Http.json(weak).getString("detail")).contains("at least 10 characters");
        String body = "{\"email\":\"dup@example.org\",\"password\":\"a long enough pass\"}";
        assertThat(http.postJson("/api/v1/accounts", body).statusCode()).isEqualTo(201);
        HttpResponse<String> again = http.postJson("/api/v1/accounts", body.replace("dup@", "DUP@"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.json(again).getString("code")).isEqualTo("email_taken");
    }

    @Test
    @DisplayName("The JWKS publishes the public signing key only")
    void jwks() {
        JsonObject jwks = Http.json(http.get("/.well-known/jwks.json"));
        JsonObject key = jwks.getJsonArray("keys").getJsonObject(0);
        assertThat(key.getString("kty")).isEqualTo("EC");
        assertThat(key.getString("kid")).isNotBlank();
        assertThat(key.containsKey("d")).as("private part").isFalse();
    }
}
