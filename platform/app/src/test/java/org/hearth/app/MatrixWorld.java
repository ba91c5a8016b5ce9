package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the authorisation matrix calls on, built over real HTTP: two individuals, two
 * tenants (one with a team of each role, joined through the console's invitation links), staff,
 * and objects owned by the first individual and the first tenant, so that "another individual"
 * and "another tenant" are pointed at objects that are not theirs.
 */
final class MatrixWorld {

    static final String PASSWORD = "matrix password one";
    static final String OTHER_PASSWORD = "matrix password two";

    /** A kind of caller: its own cookie jar and the headers it sends on every call. */
    record Caller(String name, Http http, String[] headers, String password) {
    }

    final Map<String, Caller> callers = new LinkedHashMap<>();
    /** Placeholder name → value, for the request table's {placeholders}. */
    final Map<String, String> ids = new LinkedHashMap<>();
    private final Platform platform;
    private final String individual;
    private final String tenant;

    MatrixWorld(Platform platform) {
        this.platform = platform;
        Http http = new Http(platform.port());
        individual = Http.bearer(TestPlatform.individual(http, "owner@matrix.example", PASSWORD));
        String otherIndividual = Http.bearer(TestPlatform.individual(http, "stranger@matrix.example", OTHER_PASSWORD));
        JsonObject registered = register(http, "Owner Tenant", "admin@owner.example");
        tenant = token(http, registered.getString("clientId"), registered.getString("clientSecret"));
        JsonObject other = register(http, "Other Tenant", "admin@other.example");
        String otherTenant = token(http, other.getString("clientId"), other.getString("clientSecret"));
        JsonObject spare = register(http, "Spare Tenant", "admin@spare.example");

        callers.put("anonymous", new Caller("anonymous", new Http(platform.port()), new String[0], null));
        callers.put("individual", new Caller("individual", new Http(platform.port()), new String[] {"Authorization", individual}, PASSWORD));
        callers.put("other-individual", new Caller("other-individual", new Http(platform.port()),
                new String[] {"Authorization", otherIndividual}, OTHER_PASSWORD));
        callers.put("tenant", new Caller("tenant", new Http(platform.port()), new String[] {"Authorization", tenant}, null));
        callers.put("other-tenant", new Caller("other-tenant", new Http(platform.port()), new String[] {"Authorization", otherTenant}, null));
        Http admin = new Http(platform.port());
        admin.login("/console/login", "admin@owner.example", "owner tenant admin pass");
        callers.put("team-admin", session("team-admin", admin, "/console"));
        callers.put("team-developer", session("team-developer", member(admin, "dev@owner.example", "developer"), "/console"));
        callers.put("team-analyst", session("team-analyst", member(admin, "analyst@owner.example", "analyst"), "/console"));
        platform.modules().staff().add("operator@matrix.example", "operator matrix password", Set.of("operator"));
        platform.modules().staff().add("board@matrix.example", "board matrix password", Set.of("board"));
        Http operator = new Http(platform.port());
        operator.login("/staff/login", "operator@matrix.example", "operator matrix password");
        callers.put("operator", session("operator", operator, "/staff"));
        Http board = new Http(platform.port());
        board.login("/staff/login", "board@matrix.example", "board matrix password");
        callers.put("board", session("board", board, "/staff"));

        ids.put("tenantId", registered.getString("tenantId"));
        ids.put("clientId", registered.getString("clientId"));
        ids.put("clientSecret", registered.getString("clientSecret"));
        ids.put("spareTenant", spare.getString("tenantId"));
        individualObjects(http);
        tenantObjects(http);
        governanceObjects();
    }

    private static JsonObject register(Http http, String name, String adminEmail) {
        String password = name.toLowerCase() + " admin pass";
        HttpResponse<String> registered = http.postJson("/api/v1/tenants", "{\"name\":\"" + name + "\",\"kind\":\"company\","
                + "\"contactEmail\":\"dpo@" + adminEmail.substring(adminEmail.indexOf('@') + 1) + "\",\"admin\":{\"email\":\"" + adminEmail
                + "\",\"password\":\"" + password + "\"}}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return Http.json(registered);
    }

    private static String token(Http http, String clientId, String secret) {
        HttpResponse<String> token = http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization", Http.basic(clientId, secret));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return Http.bearer(Http.json(token).getString("access_token"));
    }

    private static Caller session(String name, Http http, String page) {
        HttpResponse<String> home = http.get(page, "Accept", "text/html");
        assertThat(home.statusCode()).as(name + " signed in: " + home.body()).isEqualTo(200);
        return new Caller(name, http, new String[] {"pac4jCsrfToken", Http.csrfToken(home)}, null);
    }

    /** Invites a colleague with {@code role}, who joins by the one-time link and signs in. */
    private Http member(Http admin, String email, String role) {
        HttpResponse<String> invited = admin.postForm("/console/team/invitations", Map.of("pac4jCsrfToken",
                Http.csrfToken(admin.get("/console/team", "Accept", "text/html")), "email", email, "role", role), "Accept", "text/html");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String link = find(invited.body(), "id=\"invitation-link\">([^<]+)<").replace("&amp;", "&");
        String path = link.substring(link.indexOf("/console/invitation"));
        Http colleague = new Http(platform.port());
        HttpResponse<String> offer = colleague.get(path, "Accept", "text/html");
        String password = "the " + role + "'s own password";
        HttpResponse<String> joined = colleague.postForm("/console/invitation", Map.of("pac4jCsrfToken", Http.csrfToken(offer),
                "token", path.substring(path.indexOf("token=") + 6), "password", password, "confirm", password), "Accept", "text/html");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(303);
        colleague.login("/console/login", email, password);
        return colleague;
    }

    private void individualObjects(Http http) {
        ids.put("individualId", Http.json(http.get("/api/v1/me", "Authorization", individual)).getString("id"));
        ids.put("record", created(http.postJson("/api/v1/me/records", note("kept"), "Authorization", individual)));
        ids.put("record2", created(http.postJson("/api/v1/me/records", note("to delete"), "Authorization", individual)));
        assertThat(http.put("/api/v1/me/records/" + ids.get("record") + "/attachment", "text/plain", "a file".getBytes(),
                "Authorization", individual).statusCode()).isEqualTo(200);
        ids.put("token2", created(http.postJson("/api/v1/me/tokens", "{\"name\":\"to revoke\"}", "Authorization", Http.basic("owner@matrix.example", PASSWORD))));
    }

    private void tenantObjects(Http http) {
        ids.put("code", Http.json(http.postJson("/api/v1/tenant/data-requests", dataRequest(), "Authorization", tenant)).getString("code"));
        ids.put("agreement", agree(http, ids.get("code")));
        ids.put("agreement2", agree(http, code(http)));
        ids.put("code2", code(http));
        JsonObject toClose = Http.json(http.postJson("/api/v1/tenant/data-requests", dataRequest(), "Authorization", tenant));
        ids.put("dataRequest2", toClose.getString("id"));
        ids.put("webhook", created(http.postJson("/api/v1/tenant/webhooks", "{\"url\":\"http://127.0.0.1:9/hooks\",\"events\":[\"agreement.granted\"]}",
                "Authorization", tenant)));
        ids.put("webhook2", created(http.postJson("/api/v1/tenant/webhooks", "{\"url\":\"http://127.0.0.1:9/to-delete\",\"events\":[\"agreement.granted\"]}",
                "Authorization", tenant)));
        ids.put("client2", Http.json(http.postJson("/api/v1/tenant/clients", "{}", "Authorization", tenant)).getString("clientId"));
        // An individual with an agreement erases their account: the tenant has an erasure request to acknowledge.
        String leaving = Http.bearer(TestPlatform.individual(http, "leaving@matrix.example", "leaving the platform"));
        assertThat(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + ids.get("code") + "\"}", "Authorization", leaving).statusCode()).isEqualTo(201);
        assertThat(http.deleteJson("/api/v1/me", "{\"password\":\"leaving the platform\"}", "Authorization", leaving).statusCode()).isEqualTo(204);
        // Organisations are told by the outbox dispatcher, shortly after the erasure.
        var found = new java.util.concurrent.atomic.AtomicReference<io.vertx.core.json.JsonArray>();
        Eventually.within(java.time.Duration.ofSeconds(20), () -> {
            found.set(Http.json(http.get("/api/v1/tenant/erasure-requests", "Authorization", tenant)).getJsonArray("items"));
            return !found.get().isEmpty();
        });
        var erasures = found.get();
        assertThat(erasures).as("an erasure request").isNotEmpty();
        ids.put("erasure", erasures.getJsonObject(0).getString("id"));
    }


    private void governanceObjects() {
        Caller operator = callers.get("operator");
        Caller board = callers.get("board");
        ids.put("year", created(post(operator, "/api/v1/governance/years", "{\"startsOn\":\"2025-04-01\"}")));
        ids.put("entry", created(post(operator, "/api/v1/governance/entries", "{\"date\":\"2025-05-01\",\"kind\":\"revenue\",\"description\":\"Fees\","
                + "\"justification\":\"Invoice 1\",\"lines\":[{\"account\":\"1000\",\"debit\":\"100.00\"},{\"account\":\"4000\",\"credit\":\"100.00\"}]}")));
        ids.put("loan", created(post(operator, "/api/v1/governance/loans", "{\"lender\":\"Community Bank\",\"agreementDate\":\"2025-04-10\","
                + "\"receivedOn\":\"2025-04-15\",\"principal\":\"1000.00\"}")));
        ids.put("project", created(post(operator, "/api/v1/governance/projects", "{\"name\":\"Inclusion\",\"description\":\"Help people\"}")));
        ids.put("member", created(post(board, "/api/v1/board/members", "{\"name\":\"Ann\",\"college\":\"staff\",\"joinedOn\":\"2025-01-01\"}")));
        ids.put("member2", created(post(board, "/api/v1/board/members", "{\"name\":\"Bob\",\"college\":\"staff\",\"joinedOn\":\"2025-01-01\"}")));
        ids.put("meeting", created(post(board, "/api/v1/board/meetings", "{\"heldOn\":\"2025-06-30\",\"kind\":\"general\",\"title\":\"AGM\"}")));
        ids.put("resolution", created(post(board, "/api/v1/board/meetings/" + ids.get("meeting") + "/resolutions",
                "{\"kind\":\"ordinary\",\"subject\":\"other\",\"title\":\"Thanks\",\"body\":\"The meeting thanks the volunteers.\"}")));
    }

    private static HttpResponse<String> post(Caller staff, String path, String json) {
        return staff.http().postJson(path, json, staff.headers());
    }

    private String code(Http http) {
        return Http.json(http.postJson("/api/v1/tenant/data-requests", dataRequest(), "Authorization", tenant)).getString("code");
    }

    private String agree(Http http, String code) {
        return created(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual));
    }

    static String dataRequest() {
        return "{\"title\":\"Your bills\",\"purpose\":\"dpv:ServiceProvision\",\"description\":\"We put your bills in your store.\","
                + "\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":[\"read\",\"deliver\"],\"durationDays\":365,\"retentionDays\":30,"
                + "\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://owner.example/privacy\"}";
    }

    private static String note(String title) {
        return "{\"schema\":\"hearth:note/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"" + title + "\",\"data\":{\"n\":1}}";
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(200, 201);
        return Http.json(response).getString("id");
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("%s in %s", regex, html).isTrue();
        return m.group(1);
    }

    /** The owner proving their password now (HTTP Basic), as operations marked individual-password want. */
    Caller individualBasic() {
        return new Caller("individual-basic", new Http(platform.port()), new String[] {"Authorization", Http.basic("owner@matrix.example", PASSWORD)}, PASSWORD);
    }

    /** The owner's export archive, for the import operation. */
    byte[] export() {
        HttpResponse<byte[]> export = new Http(platform.port()).getBytes("/api/v1/me/export", "Authorization", individual);
        assertThat(export.statusCode()).isEqualTo(200);
        return export.body();
    }

    /** The current version tag of the owner's record, for If-Match. */
    String etag(String recordId) {
        return new Http(platform.port()).get("/api/v1/me/records/" + recordId, "Authorization", individual).headers().firstValue("ETag").orElse("\"0\"");
    }
}
