package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Webhooks to a real HTTP receiver that checks signatures, goes down and comes back; erasure requests. */
class WebhooksIT {

    private static Platform platform;
    private static Http http;
    private static HttpServer receiver;
    private static final AtomicBoolean up = new AtomicBoolean(true);
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static String tenant;
    private static String secret;

    record Received(String eventId, String signature, String body) {
    }

    @BeforeAll
    static void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = up.get() ? 204 : 503;
            if (up.get()) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Hearth-Event-Id"),
                        exchange.getRequestHeaders().getFirst("Hearth-Signature"), new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        platform = TestPlatform.start(Map.of("HEARTH_WEBHOOK_RETRY_BASE", "PT0.2S"));
        http = new Http(platform.port());
        JsonObject created = Http.json(http.postJson("/api/v1/tenants", "{\"name\":\"Hooked Ltd\",\"kind\":\"company\","
                + "\"contactEmail\":\"dpo@hooked.example\",\"admin\":{\"email\":\"admin@hooked.example\",\"password\":\"hooked admin pass\"}}"));
        tenant = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(created.getString("clientId"), created.getString("clientSecret")))).getString("access_token"));
        var hook = http.postJson("/api/v1/tenant/webhooks", "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks\","
                + "\"events\":[\"agreement.granted\",\"agreement.revoked\",\"agreement.expired\",\"individual.erased\"]}", "Authorization", tenant);
        assertThat(hook.statusCode()).as(hook.body()).isEqualTo(201);
        secret = Http.json(hook).getString("secret");
        platform.modules().staff().add("op@hearth.example", "operator password 1", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
        receiver.stop(0);
    }

    /** What a receiver does with the secret: recompute HMAC-SHA256 over "t.body" and compare. */
    static boolean signatureValid(Received r) throws Exception {
        String t = r.signature().replaceAll(".*t=(\\d+).*", "$1");
        String v1 = r.signature().replaceAll(".*v1=([0-9a-f]+).*", "$1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8))).equals(v1);
    }

    private static Received await(String type) throws InterruptedException {
        waitFor(() -> received.stream().anyMatch(r -> new JsonObject(r.body()).getString("type").equals(type)), 15);
        return received.stream().filter(r -> new JsonObject(r.body()).getString("type").equals(type)).findFirst().orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        Eventually.within(java.time.Duration.ofSeconds(seconds), condition);
        assertThat(condition.getAsBoolean()).as("condition within " + seconds + " s").isTrue();
    }

    @Test
    @DisplayName("Granted, revoked while the receiver is down, then delivered once it is back; signed so the receiver can check; erasure requests acknowledged")
    void lifecycle() throws Exception {
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Hooks\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"Testing hooks.\",\"categories\":[\"dpv-pd:Address\"],\"accessModes\":[\"read\"],\"durationDays\":30,"
                + "\"retentionDays\":0,\"lawfulBasis\":\"dpv:Consent\",\"policyUrl\":\"https://hooked.example/privacy\"}", "Authorization", tenant)).getString("code");
        String individual = Http.bearer(TestPlatform.individual(http, "hooked@example.org", "webhook lifecycle"));
        String agreement = Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual)).getString("id");

        Received granted = await("agreement.granted");
        assertThat(signatureValid(granted)).isTrue();
        assertThat(signatureValid(new Received(granted.eventId(), granted.signature(), granted.body().replace(agreement, "tampered")))).isFalse();
        assertThat(new JsonObject(granted.body()).getJsonObject("data").getString("agreementId")).isEqualTo(agreement);
        assertThat(granted.body()).doesNotContain("hooked@example.org");

        up.set(false);
        http.delete("/api/v1/me/agreements/" + agreement, "Authorization", individual);
        String webhookId = Http.json(http.get("/api/v1/tenant/webhooks", "Authorization", tenant)).getJsonArray("items").getJsonObject(0).getString("id");
        waitFor(() -> failedAttempts(webhookId) >= 2, 15);
        up.set(true);
        Received revoked = await("agreement.revoked");
        assertThat(signatureValid(revoked)).isTrue();
        assertThat(received.stream().filter(r -> r.eventId().equals(revoked.eventId())).count()).as("delivered once after recovery").isEqualTo(1);

        assertThat(http.deleteJson("/api/v1/me", "{\"password\":\"webhook lifecycle\"}", "Authorization", individual).statusCode()).isEqualTo(204);
        Received erased = await("individual.erased");
        String requestId = new JsonObject(erased.body()).getJsonObject("data").getString("erasureRequestId");
        Http operator = new Http(platform.port());
        operator.login("/staff/login", "op@hearth.example", "operator password 1");
        assertThat(operator.get("/api/v1/operator/erasure-requests").body()).contains(requestId);
        assertThat(http.postJson("/api/v1/tenant/erasure-requests/" + requestId + "/acknowledgement", "{}", "Authorization", tenant).statusCode())
                .isEqualTo(204);
        assertThat(operator.get("/api/v1/operator/erasure-requests").body()).doesNotContain(requestId);
    }

    private static long failedAttempts(String webhookId) {
        JsonArray deliveries = Http.json(http.get("/api/v1/tenant/webhooks/" + webhookId + "/deliveries", "Authorization", tenant)).getJsonArray("items");
        return deliveries.stream().map(JsonObject.class::cast).filter(d -> d.getString("type").equals("agreement.revoked"))
                .flatMap(d -> d.getJsonArray("attempts").stream()).map(JsonObject.class::cast).filter(a -> Integer.valueOf(503).equals(a.getInteger("status")))
                .count();
    }
}
