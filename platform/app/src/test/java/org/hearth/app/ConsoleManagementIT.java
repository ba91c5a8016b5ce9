package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What an organisation's admin manages in the console: credentials, webhooks with their attempts, the team. */
class ConsoleManagementIT {

    private static Platform platform;
    private static Http admin;
    private static String tenantApi;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_WEBHOOK_RETRY_BASE", "PT0.2S"));
        Http http = new Http(platform.port());
        JsonObject registered = Http.json(http.postJson("/api/v1/tenants", "{\"name\":\"Managed Co\",\"kind\":\"nonprofit\","
                + "\"contactEmail\":\"dpo@managed.example\",\"admin\":{\"email\":\"admin@managed.example\",\"password\":\"managed admin pass\"}}"));
        assertThat(registered.getString("tenantId")).isNotBlank();
        tenantApi = Http.bearer(Http.json(token(registered.getString("clientId"), registered.getString("clientSecret"))).getString("access_token"));
        admin = new Http(platform.port());
        admin.login("/console/login", "admin@managed.example", "managed admin pass");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String csrf(Http who, String path) {
        return Http.csrfToken(who.get(path, "Accept", "text/html"));
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("%s in %s", regex, html).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> token(String clientId, String secret) {
        return new Http(platform.port()).postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(clientId, secret));
    }

    @Test
    @DisplayName("An admin creates a credential, sees its secret once, uses it, then revokes it and it stops working")
    void credentials() {
        HttpResponse<String> created = admin.postForm("/console/credentials", Map.of("pac4jCsrfToken", csrf(admin, "/console/credentials")),
                "Accept", "text/html");
        assertThat(created.statusCode()).isEqualTo(201);
        String clientId = find(created.body(), "id=\"client-id\">([^<]+)<");
        String secret = find(created.body(), "id=\"client-secret\">([^<]+)<");
        assertThat(token(clientId, secret).statusCode()).isEqualTo(200);
        String list = admin.get("/console/credentials", "Accept", "text/html").body();
        assertThat(list).contains(clientId).doesNotContain(secret);

        HttpResponse<String> unconfirmed = admin.postForm("/console/credentials/" + clientId + "/revoke",
                Map.of("pac4jCsrfToken", csrf(admin, "/console/credentials")), "Accept", "text/html");
        assertThat(unconfirmed.headers().firstValue("Location")).as("without the confirmation, the page that asks").hasValue("/console/credentials/" + clientId + "/revoke");
        assertThat(token(clientId, secret).statusCode()).as("nothing revoked yet").isEqualTo(200);
        assertThat(admin.get("/console/credentials/" + clientId + "/revoke", "Accept", "text/html").body())
                .contains("Revoke the credential " + clientId).contains("stop working at once");
        HttpResponse<String> revoked = admin.postForm("/console/credentials/" + clientId + "/revoke",
                Map.of("pac4jCsrfToken", csrf(admin, "/console/credentials"), "confirmed", "yes"), "Accept", "text/html");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(token(clientId, secret).statusCode()).isEqualTo(401);
        assertThat(admin.get("/console/credentials", "Accept", "text/html").body()).contains("revoked");
        HttpResponse<String> again = admin.postForm("/console/credentials/" + clientId + "/revoke",
                Map.of("pac4jCsrfToken", csrf(admin, "/console/credentials"), "confirmed", "yes"), "Accept", "text/html");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("no active client");
    }

    @Test
    @DisplayName("A webhook registered in the console shows each failed attempt with its error, then the delivery once the receiver answers")
    void webhookAttempts() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        HttpResponse<String> registered = admin.postForm("/console/webhooks", Map.of("pac4jCsrfToken", csrf(admin, "/console/webhooks"),
                "url", "http://127.0.0.1:" + port + "/hooks", "events", "agreement.granted"), "Accept", "text/html");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(find(registered.body(), "id=\"webhook-secret\">([^<]+)<")).startsWith("whsec_");
        String detail = find(admin.get("/console/webhooks", "Accept", "text/html").body(), "href=\"(/console/webhooks/[0-9a-f-]{36})\"");

        String code = Http.json(new Http(platform.port()).postJson("/api/v1/tenant/data-requests", "{\"title\":\"Membership\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"To renew your membership.\",\"categories\":[\"dpv-pd:Address\"],\"accessModes\":[\"read\"],\"durationDays\":30,"
                + "\"retentionDays\":0,\"lawfulBasis\":\"dpv:Consent\",\"policyUrl\":\"https://managed.example/privacy\"}",
                "Authorization", tenantApi)).getString("code");
        Http http = new Http(platform.port());
        String individual = Http.bearer(TestPlatform.individual(http, "member@example.org", "a member of the charity"));
        HttpResponse<String> accepted = http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);

        await(() -> admin.get(detail, "Accept", "text/html").body().contains("error: "));
        String failing = admin.get(detail, "Accept", "text/html").body();
        assertThat(failing).contains("agreement.granted").contains("ConnectException").contains("next attempt");

        var receiver = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", port), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            await(() -> admin.get(detail, "Accept", "text/html").body().contains("HTTP 204"));
            assertThat(admin.get(detail, "Accept", "text/html").body()).contains("delivered");
        } finally {
            receiver.stop(0);
        }
        assertThat(admin.get("/console/webhooks/00000000-0000-0000-0000-000000000000", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("Deleting a webhook asks first, saying what happens; then its pending deliveries are given up, it gets no new event and is listed no more")
    void webhookDeletion() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // nothing listens: deliveries stay pending
        }
        admin.postForm("/console/webhooks", Map.of("pac4jCsrfToken", csrf(admin, "/console/webhooks"), "url", "http://127.0.0.1:" + port + "/gone",
                "events", "agreement.granted"), "Accept", "text/html");
        String list = admin.get("/console/webhooks", "Accept", "text/html").body();
        String ask = find(list, "href=\"(/console/webhooks/[0-9a-f-]{36}/delete)\" class=\"button danger\" aria-label=\"Delete http://127.0.0.1:" + port);
        String id = ask.substring("/console/webhooks/".length(), ask.length() - "/delete".length());

        Http http = new Http(platform.port());
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Newsletter\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"News.\",\"categories\":[\"dpv-pd:Address\"],\"accessModes\":[\"read\"],\"durationDays\":30,"
                + "\"retentionDays\":0,\"lawfulBasis\":\"dpv:Consent\",\"policyUrl\":\"https://managed.example/privacy\"}", "Authorization", tenantApi)).getString("code");
        String reader = Http.bearer(TestPlatform.individual(http, "newsletter-reader@example.org", "a newsletter reader"));
        http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", reader);
        await(() -> Http.json(http.get("/api/v1/tenant/webhooks/" + id + "/deliveries", "Authorization", tenantApi)).getJsonArray("items").size() == 1);

        HttpResponse<String> question = admin.get(ask + "?lang=en", "Accept", "text/html");
        assertThat(question.body()).contains("Delete the webhook that sends events to http://127.0.0.1:" + port + "/gone?")
                .contains("Deliveries still being retried are given up").contains("Yes, delete it");
        HttpResponse<String> unconfirmed = admin.postForm(ask, Map.of("pac4jCsrfToken", Http.csrfToken(question)), "Accept", "text/html");
        assertThat(unconfirmed.headers().firstValue("Location")).as("without confirmed=yes, back to the question").hasValue(ask);
        assertThat(admin.get("/console/webhooks", "Accept", "text/html").body()).contains(ask);

        HttpResponse<String> deleted = admin.postForm(ask, Map.of("pac4jCsrfToken", Http.csrfToken(question), "confirmed", "yes"), "Accept", "text/html");
        assertThat(deleted.headers().firstValue("Location")).hasValue("/console/webhooks?done=webhook-deleted");
        assertThat(admin.get("/console/webhooks?done=webhook-deleted&lang=en", "Accept", "text/html").body())
                .contains("The webhook is deleted").doesNotContain(ask);
        assertThat(http.get("/api/v1/tenant/webhooks/" + id + "/deliveries", "Authorization", tenantApi).statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/v1/tenant/webhooks/" + id, "Authorization", tenantApi).statusCode()).as("already deleted").isEqualTo(404);
        int pending = platform.db().system(org.hearth.kernel.actor.CallContext.system("test.webhooks"), dsl -> dsl.fetchCount(
                org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES, org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES.WEBHOOK_ID
                        .eq(UUID.fromString(id)).and(org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNull())));
        assertThat(pending).as("its pending delivery is given up").isZero();
    }

    @Test
    @DisplayName("An admin invites an analyst who joins by the link; roles limit them; a role change or removal ends their session; the last admin stays")
    void team() {
        HttpResponse<String> invited = admin.postForm("/console/team/invitations", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "email", "Analyst@Managed.example", "role", "analyst"), "Accept", "text/html");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String link = find(invited.body(), "id=\"invitation-link\">([^<]+)<").replace("&amp;", "&");
        String path = link.substring(link.indexOf("/console/invitation"));
        assertThat(admin.get("/console/team", "Accept", "text/html").body()).contains("analyst@managed.example · analyst").doesNotContain(path);
        HttpResponse<String> twice = admin.postForm("/console/team/invitations", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "email", "analyst@managed.example", "role", "developer"), "Accept", "text/html");
        assertThat(twice.statusCode()).isEqualTo(409);

        Http colleague = new Http(platform.port());
        HttpResponse<String> offer = colleague.get(path, "Accept", "text/html");
        assertThat(offer.body()).contains("analyst@managed.example").contains("analyst");
        assertThat(offer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        String token = path.substring(path.indexOf("token=") + 6);
        HttpResponse<String> weak = colleague.postForm("/console/invitation", Map.of("pac4jCsrfToken", Http.csrfToken(offer), "token", token,
                "password", "short", "confirm", "short"), "Accept", "text/html");
        assertThat(weak.statusCode()).isEqualTo(422);
        HttpResponse<String> joined = colleague.postForm("/console/invitation", Map.of("pac4jCsrfToken", Http.csrfToken(offer), "token", token,
                "password", "an analyst's own password", "confirm", "an analyst's own password"), "Accept", "text/html");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(303);
        assertThat(new Http(platform.port()).get(path, "Accept", "text/html").statusCode()).as("the link works once").isEqualTo(404);

        colleague.login("/console/login", "analyst@managed.example", "an analyst's own password");
        String teamPage = colleague.get("/console/team", "Accept", "text/html").body();
        assertThat(teamPage).contains("analyst@managed.example (you)").doesNotContain("Create invitation link");
        assertThat(colleague.postForm("/console/team/invitations", Map.of("pac4jCsrfToken", Http.csrfToken(colleague.get("/console/team",
                "Accept", "text/html")), "email", "x@managed.example", "role", "admin"), "Accept", "text/html").statusCode()).isEqualTo(403);
        assertThat(colleague.postForm("/console/credentials", Map.of("pac4jCsrfToken", csrf(colleague, "/console/credentials")),
                "Accept", "text/html").statusCode()).isEqualTo(403);
        assertThat(colleague.postJson("/api/v1/tenant/clients", "{}", "pac4jCsrfToken", csrf(colleague, "/console")).statusCode())
                .as("an analyst's session only reads on the API too").isEqualTo(403);
        assertThat(colleague.get("/api/v1/tenant/data-requests").statusCode()).isEqualTo(200);

        String adminPage = admin.get("/console/team", "Accept", "text/html").body();
        String analystId = find(adminPage, "action=\"/console/team/members/([0-9a-f-]{36})/role\">(?:(?!</tr>).)*?Role of analyst@");
        String adminId = find(adminPage, "action=\"/console/team/members/([0-9a-f-]{36})/role\">(?:(?!</tr>).)*?Role of admin@");
        assertThat(admin.postForm("/console/team/members/" + analystId + "/role", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "role", "developer"), "Accept", "text/html").statusCode()).isEqualTo(303);
        assertThat(colleague.get("/console/team", "Accept", "text/html").statusCode()).as("a changed role signs the member out").isEqualTo(401);
        colleague.login("/console/login", "analyst@managed.example", "an analyst's own password");
        assertThat(colleague.postForm("/console/credentials", Map.of("pac4jCsrfToken", csrf(colleague, "/console/credentials")),
                "Accept", "text/html").statusCode()).as("developers manage credentials").isEqualTo(201);

        colleague.login("/console/login", "analyst@managed.example", "an analyst's own password");
        assertThat(admin.postForm("/console/team/members/" + analystId + "/role", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "role", "admin"), "Accept", "text/html").statusCode()).isEqualTo(303);
        colleague.login("/console/login", "analyst@managed.example", "an analyst's own password");
        assertThat(colleague.postForm("/console/team/invitations", Map.of("pac4jCsrfToken", csrf(colleague, "/console/team"),
                "email", "friend@elsewhere.example", "role", "admin"), "Accept", "text/html").statusCode()).isEqualTo(201);
        assertThat(admin.get("/console/team/members/" + analystId + "/remove", "Accept", "text/html").body())
                .contains("Remove analyst@managed.example from your organisation?");
        assertThat(admin.postForm("/console/team/members/" + analystId + "/remove", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "confirmed", "yes"), "Accept", "text/html").statusCode()).isEqualTo(303);
        assertThat(admin.get("/console/team", "Accept", "text/html").body()).as("a removed admin's invitations are withdrawn")
                .doesNotContain("friend@elsewhere.example");
        assertThat(colleague.get("/console", "Accept", "text/html").statusCode()).as("a removed member is signed out").isEqualTo(401);

        HttpResponse<String> lastAdmin = admin.postForm("/console/team/members/" + adminId + "/remove",
                Map.of("pac4jCsrfToken", csrf(admin, "/console/team"), "confirmed", "yes"), "Accept", "text/html");
        assertThat(lastAdmin.statusCode()).isEqualTo(409);
        assertThat(lastAdmin.body()).contains("at least one admin");
        assertThat(admin.postForm("/console/team/members/" + adminId + "/role", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "role", "analyst"), "Accept", "text/html").statusCode()).isEqualTo(409);
        Http again = new Http(platform.port());
        again.login("/console/login", "analyst@managed.example", "an analyst's own password");
        HttpResponse<String> refused = again.get("/console", "Accept", "text/html");
        assertThat(refused.statusCode()).as("a removed member cannot sign in again").isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/console/login");
    }

    @Test
    @DisplayName("An analyst's session sees agreements and counts on the API but gets 403 on an individual's records; a developer reads them")
    void analystsSeeMetadataNotRecords() {
        Http http = new Http(platform.port());
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Your readings\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We read your meter readings.\",\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":[\"read\"],"
                + "\"durationDays\":30,\"retentionDays\":30,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://managed.example/privacy\"}",
                "Authorization", tenantApi)).getString("code");
        String individual = Http.bearer(TestPlatform.individual(http, "reader@example.org", "my meter readings"));
        assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Meter", "dpv-pd:Utility", "{\"kwh\":\"1234\"}"),
                "Authorization", individual).statusCode()).isEqualTo(201);
        String agreement = Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual)).getString("id");
        String records = "/api/v1/tenant/agreements/" + agreement + "/records";
        assertThat(http.get(records, "Authorization", tenantApi).body()).as("the organisation's token reads").contains("1234");

        Http analyst = member("counter@managed.example", "analyst", "an analyst counts things");
        HttpResponse<String> refused = analyst.get(records);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(refused).getString("code")).isEqualTo("forbidden");
        assertThat(refused.body()).doesNotContain("1234");
        HttpResponse<String> agreements = analyst.get("/api/v1/tenant/agreements");
        assertThat(agreements.statusCode()).isEqualTo(200);
        assertThat(agreements.body()).contains(agreement);
        assertThat(analyst.get("/console", "Accept", "text/html").statusCode()).isEqualTo(200);

        Http developer = member("builder@managed.example", "developer", "a developer builds things");
        assertThat(developer.get(records).body()).contains("1234");
    }

    /** A team member invited by the admin, joined and signed in. */
    private static Http member(String email, String role, String password) {
        HttpResponse<String> invited = admin.postForm("/console/team/invitations", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "email", email, "role", role), "Accept", "text/html");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String link = find(invited.body(), "id=\"invitation-link\">([^<]+)<").replace("&amp;", "&");
        String path = link.substring(link.indexOf("/console/invitation"));
        Http member = new Http(platform.port());
        HttpResponse<String> offer = member.get(path, "Accept", "text/html");
        HttpResponse<String> joined = member.postForm("/console/invitation", Map.of("pac4jCsrfToken", Http.csrfToken(offer),
                "token", path.substring(path.indexOf("token=") + 6), "password", password, "confirm", password), "Accept", "text/html");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(303);
        member.login("/console/login", email, password);
        return member;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Eventually.await(java.time.Duration.ofSeconds(15), "condition not met", condition);
    }
}
