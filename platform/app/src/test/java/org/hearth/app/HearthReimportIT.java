package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An export of one Hearth imported as a new account: agreements come back as history, a delivered record keeps its verification while it still matches. */
class HearthReimportIT {

    private static final String PASSWORD = "moving house with my data";
    private static Platform platform;
    private static Http http;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("The agreements become 'made on another Hearth' records with their receipts; a verified delivery stays verified, an edited one does not")
    void historyAndVerificationComeAlong() {
        String tenant = Tenants.register(http, "Northern Water");
        String me = Http.bearer(TestPlatform.individual(http, "leaving@example.org", PASSWORD));
        String agreement = Tenants.agreement(http, tenant, me, "[\"read\",\"deliver\"]", "Your water bills");
        String bill = "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"%s\",\"data\":{\"amount\":\"%s\",\"currency\":\"GBP\"},\"verified\":true}";
        assertThat(http.postJson("/api/v1/tenant/agreements/" + agreement + "/records", bill.formatted("March bill", "31.20"), "Authorization", tenant,
                "Idempotency-Key", "march").statusCode()).isEqualTo(201);
        JsonObject april = Http.json(http.postJson("/api/v1/tenant/agreements/" + agreement + "/records", bill.formatted("April bill", "29.80"),
                "Authorization", tenant, "Idempotency-Key", "april"));
        // The owner corrects April's bill: the organisation's signature no longer covers it.
        String aprilId = april.getString("id");
        HttpResponse<String> edited = http.putJson("/api/v1/me/records/" + aprilId, "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\","
                + "\"title\":\"April bill (corrected)\",\"data\":{\"amount\":\"28.80\",\"currency\":\"GBP\"}}", "Authorization", me, "If-Match", "\"1\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(http.delete("/api/v1/me/agreements/" + agreement, "Authorization", me).statusCode()).isEqualTo(204);

        byte[] archive = http.getBytes("/api/v1/me/export", "Authorization", me).body();
        HttpResponse<String> imported = http.postBytes("/api/v1/accounts/import", "application/zip", archive,
                "Authorization", Http.basic("arrived@example.org", PASSWORD));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String newcomer = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("arrived@example.org", PASSWORD)))
                .getString("token"));

        JsonArray items = Http.json(http.get("/api/v1/me/records?limit=100", "Authorization", newcomer)).getJsonArray("items");
        JsonObject march = find(items, "March bill");
        assertThat(march.getJsonObject("provenance").getString("format")).isEqualTo("hearth");
        assertThat(march.getJsonObject("verification").getBoolean("current")).as("still matches what was signed").isTrue();
        assertThat(find(items, "April bill (corrected)").getValue("verification")).as("edited after signing: not kept").isNull();
        JsonObject history = find(items, "Northern Water — Your water bills");
        assertThat(history.getString("schema")).isEqualTo("hearth:agreement-history/v1");
        assertThat(history.getJsonObject("data").getString("status")).isEqualTo("revoked");
        assertThat(history.getJsonObject("data").getString("endedOn")).isNotNull();
        assertThat(history.getJsonObject("attachment").getString("filename")).isEqualTo("consent-receipt.jws");

        Http browser = new Http(platform.port());
        browser.login("/login", "arrived@example.org", PASSWORD);
        String agreements = browser.get("/account/agreements?lang=en", "Accept", "text/html").body();
        assertThat(agreements).contains("Agreements made on another Hearth").contains("Northern Water — Your water bills");
        String marchPage = browser.get("/account/records/" + march.getString("id") + "?lang=en", "Accept", "text/html").body();
        assertThat(marchPage).contains("vouched for this content on").contains("still matches what was signed");
        assertThat(browser.get("/account/records/new?lang=en", "Accept", "text/html").body())
                .as("not a type one adds by hand").doesNotContain("Agreement made on another Hearth");
    }

    private static JsonObject find(JsonArray items, String title) {
        return items.stream().map(JsonObject.class::cast).filter(i -> title.equals(i.getString("title"))).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in " + items.encodePrettily()));
    }
}
