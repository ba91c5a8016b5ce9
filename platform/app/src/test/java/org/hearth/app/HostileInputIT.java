package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The concrete hostile inputs that once answered 500 or broke an owner's store, one case per
 * defect: each must now be a 4xx problem, and must leave what was stored servable.
 */
@ExtendWith(SoftAssertionsExtension.class)
class HostileInputIT {

    @InjectSoftAssertions
    private SoftAssertions softly;

    private static final String NUL = "\\u0000";
    private static final String HUGE = "123456789012345678901234567890123456789.00";

    private static Platform platform;
    private static Http http;
    private static String tenant;
    private static Staff operator;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        var created = platform.modules().tenants().clients().createTenantWithClient("Hostile Co", "company");
        tenant = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(created.clientId(), created.clientSecret()))).getString("access_token"));
        operator = Staff.signIn(platform, "treasurer@hearth.example", "treasurer password", Set.of("operator"));
        operator.post("/api/v1/governance/years", "{\"startsOn\":\"2025-04-01\"}", 201);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** Every case is checked and reported, so one refusal that still fails does not hide the next. */
    private void assertProblem(HttpResponse<String> response, int status) {
        String request = response.request().method() + " " + response.request().uri().getRawPath();
        String body = response.body().length() > 300 ? response.body().substring(0, 300) + "…" : response.body();
        softly.assertThat(response.statusCode()).as("%s → %s", request, body).isEqualTo(status);
        softly.assertThat(response.headers().firstValue("Content-Type")).as(request).hasValue("application/problem+json");
    }

    static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static String record(String schema, String title, String data) {
        return "{\"schema\":\"" + schema + "\",\"category\":\"dpv-pd:Utility\",\"title\":\"" + title + "\",\"data\":" + data + "}";
    }

    private static String dataRequest(String title, String durationDays) {
        return "{\"title\":\"" + title + "\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We put your bills in your store.\",\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":[\"read\",\"deliver\"]"
                + ",\"durationDays\":" + durationDays + ",\"retentionDays\":30,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://hostile.example/privacy\"}";
    }

    private static String agreement(String individual) {
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", dataRequest("Your bills", "365"), "Authorization", tenant)).getString("code");
        return Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual)).getString("id");
    }

    @Test
    @DisplayName("A record nested 998 deep is refused with 400, by the owner and by a tenant, and the owner's list and export still answer")
    void deepNesting() {
        String owner = Http.bearer(TestPlatform.individual(http, "deep@example.org", "nested all the way"));
        String deliveries = "/api/v1/tenant/agreements/" + agreement(owner) + "/records";
        assertProblem(http.postJson("/api/v1/me/records", record("hearth:deep/v1", "Deep", nested(998)), "Authorization", owner), 400);
        assertProblem(http.postJson(deliveries, record("hearth:deep/v1", "Deep", nested(998)), "Authorization", tenant, "Idempotency-Key", "deep-1"), 400);
        assertProblem(http.postJson(deliveries, record("hearth:deep/v1", "Deep", nested(65)), "Authorization", tenant, "Idempotency-Key", "deep-2"), 400);
        softly.assertThat(http.postJson("/api/v1/me/records", record("hearth:deep/v1", "Deep enough", nested(60)), "Authorization", owner).statusCode())
                .as("64 levels are allowed, the record's envelope included").isEqualTo(201);
        softly.assertThat(http.get("/api/v1/me/records", "Authorization", owner).statusCode()).isEqualTo(200);
        softly.assertThat(Http.json(http.get("/api/v1/me/records", "Authorization", owner)).getJsonArray("items")).hasSize(1);
        softly.assertThat(http.getBytes("/api/v1/me/export", "Authorization", owner).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A NUL character or a lone surrogate in any text is refused with 400 on records, deliveries, registration and governance")
    void nulAndSurrogates() {
        String owner = Http.bearer(TestPlatform.individual(http, "nul@example.org", "nothing but zeros"));
        String deliveries = "/api/v1/tenant/agreements/" + agreement(owner) + "/records";
        assertProblem(http.postJson("/api/v1/me/records", record("hearth:bill" + NUL + "/v1", "Bill", "{}"), "Authorization", owner), 400);
        assertProblem(http.postJson("/api/v1/me/records", record("hearth:bill/v1", "Bill \\ud800", "{}"), "Authorization", owner), 400);
        assertProblem(http.postJson(deliveries, record("hearth:bill" + NUL + "/v1", "Bill", "{}"), "Authorization", tenant, "Idempotency-Key", "nul-1"), 400);
        assertProblem(http.postJson("/api/v1/tenants", "{\"name\":\"Evil" + NUL + "Co\",\"kind\":\"company\",\"contactEmail\":\"dpo@evil.example\","
                + "\"admin\":{\"email\":\"admin@evil.example\",\"password\":\"a strong admin pass\"}}"), 400);
        assertProblem(operator.post("/api/v1/governance/loans", "{\"lender\":\"Lender" + NUL + "\",\"agreementDate\":\"2016-01-01\","
                + "\"receivedOn\":\"2026-01-05\",\"principal\":\"100.00\"}"), 400);
        assertProblem(http.postJson("/api/v1/tenant/data-requests", dataRequest("Bills" + NUL, "365"), "Authorization", tenant), 400);
        assertProblem(http.get("/api/v1/me/records?schema=hearth%00", "Authorization", owner), 400);
        String body = record("hearth:bill/v1", "Bill", "{}");
        try {
            RawResponse nulKey = raw("POST " + deliveries + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: " + tenant
                    + "\r\nIdempotency-Key: a\u0000b\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
            softly.assertThat(nulKey.status()).as(nulKey.head() + nulKey.body()).isEqualTo(400);
        } catch (IOException e) {
            softly.fail("the server dropped a request with a NUL in a header instead of answering 400", e);
        }
        softly.assertThat(Http.json(http.get("/api/v1/me/records", "Authorization", owner)).getJsonArray("items")).isEmpty();
    }

    @Test
    @DisplayName("Amounts of 39 digits and a negative annual pay are refused with 400 on loans, transfers and pay records")
    void hugeAndNegativeAmounts() {
        assertProblem(operator.post("/api/v1/governance/loans", "{\"lender\":\"Big Lender\",\"agreementDate\":\"2016-01-01\","
                + "\"receivedOn\":\"2026-01-05\",\"principal\":\"" + HUGE + "\"}"), 400);
        String loan = operator.post("/api/v1/governance/loans", "{\"lender\":\"Patient Capital\",\"agreementDate\":\"2016-01-01\","
                + "\"receivedOn\":\"2026-01-05\",\"principal\":\"100.00\"}", 201).getString("id");
        assertProblem(operator.post("/api/v1/governance/loans/" + loan + "/interest-payments",
                "{\"paidOn\":\"2026-02-01\",\"amount\":\"1.00\",\"averageOutstanding\":\"" + HUGE + "\"}"), 400);
        assertProblem(operator.post("/api/v1/governance/asset-transfers", "{\"date\":\"2026-02-10\",\"assetAccount\":\"1500\",\"recipient\":\"A buyer\","
                + "\"value\":\"" + HUGE + "\",\"consideration\":\"" + HUGE + "\"}"), 400);
        assertProblem(operator.put("/api/v1/governance/pay-records/2026", "{\"people\":[{\"person\":\"P1\",\"annualPay\":\"" + HUGE + "\"}]}"), 400);
        assertProblem(operator.put("/api/v1/governance/pay-records/2026", "{\"people\":[{\"person\":\"P1\",\"annualPay\":\"-30000.00\"}]}"), 400);
        assertProblem(http.postJson("/api/v1/tenant/data-requests", dataRequest("Bills", HUGE.replace(".00", "")), "Authorization", tenant), 400);
        assertProblem(operator.post("/api/v1/governance/entries", "{\"date\":\"2026-02-01\",\"kind\":\"cost\",\"description\":\"x\",\"justification\":\"d\","
                + "\"lines\":[{\"account\":\"1500\",\"debit\":\"1e999999999\"},{\"account\":\"1000\",\"credit\":\"1e999999999\"}]}"), 400);
    }

    @Test
    @DisplayName("Malformed parameters and credentials are 400 problems: Basic %zz:%zz, a 20-digit before=, a NUL byte in a path")
    void malformedParameters() {
        String owner = Http.bearer(TestPlatform.individual(http, "params@example.org", "parameters galore"));
        HttpResponse<String> token = http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization", Http.basic("%zz", "%zz"));
        assertProblem(token, 400);
        softly.assertThat(token.body()).contains("\"error\":\"invalid_request\"");
        assertProblem(http.get("/api/v1/me/access-log?before=99999999999999999999", "Authorization", owner), 400);
        assertProblem(http.get("/api/v1/data-requests/abc%00def", "Authorization", owner), 400);
        assertProblem(http.get("/api/v1/me/records/%00", "Authorization", owner), 400);
        assertProblem(operator.http.get("/api/v1/governance/accounts/15%0000/statement"), 400);
    }

    @Test
    @DisplayName("An import archive whose entry names climb out of it (../) is refused, and no account is made")
    void importEntryNamesThatClimbAreRefused() throws IOException {
        for (String name : new String[] {"../../secrets/master.key", "files/../../escape.json", "..\\windows.json"}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
                zip.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("{\"x\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            HttpResponse<String> refused = http.postBytes("/api/v1/accounts/import", "application/zip", bytes.toByteArray(),
                    "Authorization", Http.basic("climber@example.org", "paths stay inside"));
            assertProblem(refused, 422);
            softly.assertThat(refused.body()).as(name).contains("a path outside it");
        }
        // no account was made: its password opens nothing
        softly.assertThat(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("climber@example.org", "paths stay inside"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("An import archive whose JSON is nested too deep or carries a NUL is refused with a problem, and no account is made")
    void importArchiveJsonPassesTheEdgeLimits() throws IOException {
        Map<String, String> manifests = Map.of(
                "nested 200 deep", nested(200),
                "a NUL in a string", "{\"format\":\"hearth-export\",\"note\":\"a" + NUL + "b\"}",
                "a lone surrogate", "{\"format\":\"hearth-export\",\"note\":\"\\ud800\"}");
        for (var manifest : manifests.entrySet()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
                zip.write(manifest.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            HttpResponse<String> refused = http.postBytes("/api/v1/accounts/import", "application/zip", bytes.toByteArray(),
                    "Authorization", Http.basic("deep@example.org", "limits hold inside archives"));
            softly.assertThat(refused.statusCode()).as(manifest.getKey() + ": " + refused.body()).isBetween(400, 499);
            softly.assertThat(refused.headers().firstValue("Content-Type")).as(manifest.getKey()).hasValue("application/problem+json");
            softly.assertThat(refused.body()).as(manifest.getKey()).contains("manifest.json");
        }
        softly.assertThat(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("deep@example.org", "limits hold inside archives"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("A second tenant registration with an admin e-mail already in use is a 409 problem, like an individual's sign-up")
    void duplicateAdminEmail() {
        String body = "{\"name\":\"%s\",\"kind\":\"company\",\"contactEmail\":\"dpo@twice.example\","
                + "\"admin\":{\"email\":\"Admin@Twice.example\",\"password\":\"a strong admin pass\"}}";
        assertThat(http.postJson("/api/v1/tenants", body.formatted("Twice Ltd")).statusCode()).isEqualTo(201);
        HttpResponse<String> second = http.postJson("/api/v1/tenants", body.formatted("Twice Again Ltd"));
        assertProblem(second, 409);
        softly.assertThat(second.body()).contains("\"code\":\"email_taken\"");
    }

    @Test
    @DisplayName("The HTTP layer's own refusals are problem JSON too: 414 for a long URI, 431 for large headers, 400 for a bad escape")
    void httpLayerErrors() throws IOException {
        RawResponse uri = raw("GET /api/v1/me/records?category=" + "x".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        rawProblem(uri, 414, "uri_too_long");
        RawResponse headers = raw("GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "y".repeat(10_000) + "\r\n\r\n");
        rawProblem(headers, 431, "headers_too_large");
        RawResponse escape = raw("GET /api/v1/me/records?after=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        rawProblem(escape, 400, "bad_request");
        RawResponse nulByte = raw("GET /api/v1/me/records/a\u0000b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        rawProblem(nulByte, 400, "bad_request");
        RawResponse pageNul = raw("GET /account/records/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        rawProblem(pageNul, 400, "bad_request");
        RawResponse pathEscape = raw("GET /account/records/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        rawProblem(pathEscape, 400, "bad_request");
    }

    @Test
    @DisplayName("No HTTP/2 cleartext upgrade: an h2c request with large headers gets its 431 problem, not a hung connection")
    void noCleartextHttp2Upgrade() throws IOException {
        String upgrade = "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n";
        RawResponse plain = raw("GET /health/live HTTP/1.1\r\nHost: localhost\r\n" + upgrade + "\r\n");
        softly.assertThat(plain.status()).as(plain.head()).isEqualTo(200);
        RawResponse large = raw("GET /health/live HTTP/1.1\r\nHost: localhost\r\n" + upgrade + "X-Request-Id: " + "z".repeat(20_000) + "\r\n\r\n");
        rawProblem(large, 431, "headers_too_large");
    }

    private void rawProblem(RawResponse response, int status, String code) {
        softly.assertThat(response.status()).as(response.head()).isEqualTo(status);
        softly.assertThat(response.head().toLowerCase(java.util.Locale.ROOT)).as(response.head()).contains("content-type: application/problem+json");
        softly.assertThat(response.body()).as(response.head()).contains("\"code\":\"" + code + "\"");
    }

    record RawResponse(int status, String head, String body) {
    }

    /** One request written byte for byte over HTTP/1.1 (no client library would send these), read until the server closes. */
    private static RawResponse raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", platform.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            java.io.InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end > 0) {
                    java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text.substring(0, end));
                    if (length.find() && text.length() - end - 4 >= Integer.parseInt(length.group(1))) {
                        break;
                    }
                }
            }
            String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            int end = Math.max(0, text.indexOf("\r\n\r\n"));
            String head = text.substring(0, end);
            int status = head.length() > 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new RawResponse(status, head, text.substring(Math.min(text.length(), end + 4)));
        }
    }
}
