package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The record types over HTTP: listed and served publicly, enforced on writes with the failing field named, free for unknown types. */
class RecordSchemasIT {

    private static Platform platform;
    private static Http http;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        http = new Http(platform.port());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("GET /api/v1/schemas lists every type with both languages' titles; each href serves its JSON Schema; an unknown id is 404")
    void listedAndServed() {
        JsonObject list = Http.json(http.get("/api/v1/schemas"));
        JsonObject bank = list.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("id").equals("hearth:bank-account/v1")).findFirst().orElseThrow();
        assertThat(bank.getJsonObject("title").getString("fr")).isEqualTo("Compte bancaire");
        assertThat(bank.getString("category")).isEqualTo("dpv-pd:FinancialAccount");
        HttpResponse<String> schema = http.get(bank.getString("href"));
        assertThat(schema.statusCode()).as(schema.body()).isEqualTo(200);
        JsonObject document = Http.json(schema);
        assertThat(document.getString("$id")).isEqualTo("hearth:bank-account/v1");
        assertThat(document.getJsonObject("properties").getJsonObject("iban").getString("format")).isEqualTo("iban");
        HttpResponse<String> unknown = http.get("/api/v1/schemas/hearth%3Anothing%2Fv1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("A record of a known type that breaks its schema is refused 422 record_invalid naming the field, and nothing is stored")
    void enforcedOnWrite() {
        String auth = Http.bearer(TestPlatform.individual(http, "schemas@example.org", "typed records only"));
        HttpResponse<String> refused = http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:bank-account/v1\",\"category\":\"dpv-pd:FinancialAccount\","
                + "\"title\":\"Current account\",\"data\":{\"iban\":\"GB82 WEST 1234 5698 7654 33\"}}", "Authorization", auth);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonObject problem = Http.json(refused);
        assertThat(problem.getString("code")).isEqualTo("record_invalid");
        assertThat(problem.getString("field")).isEqualTo("/iban");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("rule")).isEqualTo("format");
        assertThat(Http.json(http.get("/api/v1/me/records", "Authorization", auth)).getJsonArray("items")).isEmpty();

        HttpResponse<String> missing = http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:meter-reading/v1\",\"category\":\"dpv-pd:Utility\","
                + "\"title\":\"March\",\"data\":{\"from\":\"2026-03-01\"}}", "Authorization", auth);
        assertThat(Http.json(missing).getString("field")).isEqualTo("/kwh");

        assertThat(http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:bank-account/v1\",\"category\":\"dpv-pd:FinancialAccount\","
                + "\"title\":\"Current account\",\"data\":{\"iban\":\"GB82 WEST 1234 5698 7654 32\",\"nickname\":\"bills\"}}", "Authorization", auth)
                .statusCode()).as("valid, with a field the schema does not name").isEqualTo(201);
        assertThat(http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:sleep/v1\",\"category\":\"dpv-pd:HealthRecord\","
                + "\"title\":\"Night\",\"data\":{\"hours\":[7,8]}}", "Authorization", auth).statusCode()).as("an app's own type").isEqualTo(201);
    }
}
