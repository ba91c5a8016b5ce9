package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a request is reviewed in words (who, why, what, afterwards, in return, legal basis:
 * labels, never DPV codes), the consent receipt is a readable page that records the language the
 * person read the terms in, and revoking asks first.
 */
class ConsentInWordsIT {

    private static Platform platform;
    private static String code;
    private static String tenant;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        Http http = new Http(platform.port());
        tenant = Tenants.register(http, "Northwind Energy", "nonprofit");
        HttpResponse<String> created = http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Move your contract\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We move your energy contract to your new home.\",\"categories\":[\"dpv-pd:Address\",\"dpv-pd:Utility\"],"
                + "\"accessModes\":[\"read\"],\"durationDays\":90,\"retentionDays\":30,\"lawfulBasis\":\"dpv:Contract\","
                + "\"policyUrl\":\"https://northwind.example/privacy\",\"benefit\":\"No moving fee.\"}", "Authorization", tenant);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).getString("benefit")).isEqualTo("No moving fee.");
        assertThat(Http.json(created).getJsonObject("tenant").getString("kind")).isEqualTo("nonprofit");
        code = Http.json(created).getString("code");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static Http individual(String email) {
        Http http = new Http(platform.port());
        assertThat(http.postJson("/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"a long enough password\"}").statusCode()).isEqualTo(201);
        assertThat(http.login("/login", email, "a long enough password").headers().firstValue("Location")).hasValue("/account");
        return http;
    }

    @Test
    @DisplayName("The review page says who asks, why, what, what happens afterwards and what the person gets, in words, in both languages")
    void reviewInWords() {
        Http person = individual("review-words@example.org");
        String en = BilingualPagesIT.visibleText(BilingualPagesIT.page(person, "/requests/" + code, "en").body());
        assertThat(en).contains("Northwind Energy").contains("a non-profit organisation")
                .contains("Service Provision — To provide a service you use or asked for.")
                .contains("Address — for example: Your postal address.")
                .contains("Utilities and bills")
                .contains("Northwind Energy may keep what it received for 30 days at most")
                .contains("No moving fee.")
                .contains("Contract — It is needed for a contract you have with them.")
                .doesNotContain("dpv");
        String fr = BilingualPagesIT.visibleText(BilingualPagesIT.page(person, "/requests/" + code, "fr").body());
        assertThat(fr).contains("une association").contains("Fourniture du service").contains("Adresse")
                .contains("Contrat").doesNotContain("dpv");
    }

    @Test
    @DisplayName("Accepting in French records French in the signed receipt; the receipt is a page in words and a download; revoking asks first")
    void receiptAndRevoke() {
        Http person = individual("receipt-words@example.org");
        String csrf = Http.csrfToken(BilingualPagesIT.page(person, "/requests/" + code, "fr"));
        HttpResponse<String> accepted = person.postForm("/requests/" + code + "/accept?lang=fr", Map.of("pac4jCsrfToken", csrf), "Accept", "text/html");
        assertThat(accepted.statusCode()).isEqualTo(303);
        String page = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(page).contains("done=agreement-accepted");
        String agreement = page.replaceFirst("\\?.*", "");

        String fr = BilingualPagesIT.visibleText(BilingualPagesIT.page(person, page, "fr").body());
        assertThat(fr).contains("Vous avez accepté").contains("Northwind Energy").contains("Fourniture du service")
                .contains("français").doesNotContain("dpv");

        HttpResponse<String> reload = person.get("/requests/" + code + "/accept?lang=fr", "Accept", "text/html");
        assertThat(reload.statusCode()).as("a reload of the form's address leads back to its page").isEqualTo(303);
        assertThat(reload.headers().firstValue("Location")).hasValue("/requests/" + code + "?lang=fr");
        assertThat(person.get("/account/records", "Accept", "text/html").headers().firstValue("Location")).hasValue("/account/records/new");

        HttpResponse<String> jws = person.get(agreement + "/receipt.jws");
        assertThat(jws.statusCode()).isEqualTo(200);
        assertThat(jws.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        JsonObject receipt = new JsonObject(new String(Base64.getUrlDecoder().decode(jws.body().split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(receipt.getString("language")).isEqualTo("fr");

        // A post without the confirmation changes nothing and leads to the page that asks.
        String token = Http.csrfToken(BilingualPagesIT.page(person, agreement, "en"));
        HttpResponse<String> unconfirmed = person.postForm(agreement + "/revoke", Map.of("pac4jCsrfToken", token), "Accept", "text/html");
        assertThat(unconfirmed.statusCode()).isEqualTo(303);
        assertThat(unconfirmed.headers().firstValue("Location")).hasValue(agreement + "/revoke");
        String ask = BilingualPagesIT.visibleText(BilingualPagesIT.page(person, agreement + "/revoke?lang=en", "en").body());
        assertThat(ask).contains("Revoke your agreement with Northwind Energy").contains("can no longer read your records")
                .contains("30 days at most");
        assertThat(BilingualPagesIT.visibleText(BilingualPagesIT.page(person, agreement, "en").body())).contains("active");

        HttpResponse<String> confirmed = person.postForm(agreement + "/revoke", Map.of("pac4jCsrfToken", token, "confirmed", "yes"),
                "Accept", "text/html");
        assertThat(confirmed.headers().firstValue("Location")).hasValue(agreement + "?done=agreement-revoked");
        String after = BilingualPagesIT.visibleText(BilingualPagesIT.page(person, agreement + "?done=agreement-revoked&lang=en", "en").body());
        assertThat(after).contains("The agreement is revoked").contains("revoked").contains("Revoked on");
    }

    @Test
    @DisplayName("The access log names the organisation, the record and the purpose, groups repeated reads, and lists the owner's export apart")
    void accessLogInWords() {
        Http http = new Http(platform.port());
        String token = TestPlatform.individual(http, "log-words@example.org", "a long enough password");
        String auth = "Bearer " + token;
        assertThat(http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:address/v1\",\"category\":\"dpv-pd:Address\",\"title\":\"Home address\","
                + "\"data\":{\"line1\":\"12 Perth Road\",\"city\":\"Dundee\",\"postcode\":\"DD1 4HN\",\"country\":\"GB\"}}", "Authorization", auth).statusCode())
                .isEqualTo(201);
        HttpResponse<String> accepted = http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", auth);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        String agreement = Http.json(accepted).getString("id");
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records?limit=20", "Authorization", tenant).statusCode()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/me/export", "Authorization", auth).statusCode()).isEqualTo(200);

        Http person = new Http(platform.port());
        person.login("/login", "log-words@example.org", "a long enough password");
        String html = BilingualPagesIT.page(person, "/account/access-log", "en").body();
        String others = section(html, "access-others");
        assertThat(others).contains("Northwind Energy read Home address 3 times").contains("For: Service Provision (“Move your contract”)")
                .doesNotContain(agreement).doesNotContain("dpv").doesNotContain("export");
        assertThat(section(html, "access-own")).contains("You downloaded a copy of all your data");
        String fr = section(BilingualPagesIT.page(person, "/account/access-log", "fr").body(), "access-others");
        assertThat(fr).contains("Northwind Energy a lu Home address 3 fois").contains("Fourniture du service");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the page").isPositive();
        return BilingualPagesIT.visibleText("<ul " + html.substring(start, html.indexOf("</ul>", start) + 5));
    }
}
