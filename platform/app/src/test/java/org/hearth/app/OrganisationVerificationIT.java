package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Whether the platform checked who an organisation is: recorded by an operator, read by the person reviewing its request. */
class OrganisationVerificationIT {

    private static Platform platform;
    private static Http http;
    private static Staff operator;
    private static String tenant;
    private static String tenantId;
    private static String code;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        tenant = Tenants.register(http, "Checked Energy");
        tenantId = Http.json(http.get("/api/v1/tenant", "Authorization", tenant)).getString("id");
        code = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Your meter\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We read your meter.\",\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":[\"read\"],\"durationDays\":30,"
                + "\"retentionDays\":0,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://checked.example/privacy\"}", "Authorization", tenant)).getString("code");
        operator = Staff.signIn(platform, "verifier@hearth.example", "verifier operator password", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static final java.util.concurrent.atomic.AtomicInteger REVIEWERS = new java.util.concurrent.atomic.AtomicInteger();

    /** The review page of the request, as a new person reads it. */
    private static String review(String language) {
        Http person = new Http(platform.port());
        String email = "reviewer-" + REVIEWERS.incrementAndGet() + "@example.org";
        TestPlatform.individual(person, email, "a careful reviewer");
        person.login("/login", email, "a careful reviewer");
        return person.get("/requests/" + code + "?lang=" + language, "Accept", "text/html").body();
    }

    @Test
    @DisplayName("An operator records the check on /staff/organisations; the review page then says so in both languages; a withdrawal asks first and undoes it")
    void checkedThenWithdrawn() {
        assertThat(review("en")).contains("Hearth has not checked who this organisation is.");
        Http admin = new Http(platform.port());
        admin.login("/console/login", "admin@checked-energy.example", "a strong admin pass");
        assertThat(admin.get("/console?lang=en", "Accept", "text/html").body()).contains("Hearth has not checked who your organisation is yet");

        String list = operator.http.get("/staff/organisations?lang=en", "Accept", "text/html").body();
        assertThat(list).contains("Checked Energy").contains("Not checked");
        Matcher link = Pattern.compile("href=\"(/staff/organisations/[0-9a-f-]{36})\">Checked Energy<").matcher(list);
        assertThat(link.find()).isTrue();
        String page = link.group(1);
        HttpResponse<String> form = operator.http.get(page + "?lang=en", "Accept", "text/html");

        HttpResponse<String> refused = operator.http.postForm(page + "/verification", Map.of("pac4jCsrfToken", Http.csrfToken(form), "evidence", "  "));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("which register you checked");

        HttpResponse<String> checked = operator.http.postForm(page + "/verification", Map.of("pac4jCsrfToken", Http.csrfToken(form),
                "evidence", "Companies House 01234567"));
        assertThat(checked.headers().firstValue("Location")).hasValue(page + "?done=verified");
        assertThat(operator.http.get(page + "?done=verified&lang=en", "Accept", "text/html").body())
                .contains("The check of Checked Energy is recorded.").contains("against: Companies House 01234567");
        assertThat(review("en")).contains("Hearth checked who this organisation is on").doesNotContain("has not checked");
        assertThat(review("fr")).contains("Hearth a vérifié l'identité de cette organisation le");
        assertThat(admin.get("/console?lang=en", "Accept", "text/html").body()).contains("Hearth checked who your organisation is on")
                .contains("(Companies House 01234567)");
        JsonObject terms = Http.json(http.get("/api/v1/data-requests/" + code, "Authorization", Http.bearer(TestPlatform.individual(http, "api@example.org", "reads the api"))));
        assertThat(terms.getJsonObject("tenant").getString("verifiedAt")).isNotNull();

        HttpResponse<String> question = operator.http.get(page + "/withdraw?lang=en", "Accept", "text/html");
        assertThat(question.body()).contains("Withdraw the check of Checked Energy?").contains("Agreements people already made with it stay");
        HttpResponse<String> unconfirmed = operator.http.postForm(page + "/withdraw", Map.of("pac4jCsrfToken", Http.csrfToken(question)));
        assertThat(unconfirmed.headers().firstValue("Location")).hasValue(page + "/withdraw");
        assertThat(review("en")).as("nothing changed without confirmed=yes").contains("Hearth checked who this organisation is on");
        operator.http.postForm(page + "/withdraw", Map.of("pac4jCsrfToken", Http.csrfToken(question), "confirmed", "yes"));
        assertThat(review("en")).contains("Hearth has not checked who this organisation is.");
    }

    @Test
    @DisplayName("The API: 200 with the evidence recorded, 400 naming evidence when it is missing or not one line, 404 for no such organisation or nothing to withdraw")
    void api() {
        JsonObject verified = operator.post("/api/v1/operator/tenants/" + tenantId + "/verification", "{\"evidence\":\"SIRENE 123 456 789\"}", 200);
        assertThat(verified.getString("evidence")).isEqualTo("SIRENE 123 456 789");
        assertThat(verified.getString("verifiedAt")).isNotNull();
        assertThat(operator.get("/api/v1/operator/tenants").getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("id").equals(tenantId)).findFirst().orElseThrow().getString("evidence")).isEqualTo("SIRENE 123 456 789");
        HttpResponse<String> bad = operator.post("/api/v1/operator/tenants/" + tenantId + "/verification", "{\"evidence\":\"two\\nlines\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).getString("field")).isEqualTo("evidence");
        assertThat(operator.post("/api/v1/operator/tenants/" + tenantId + "/verification", "{\"evidence\":42}").statusCode()).isEqualTo(400);
        assertThat(operator.post("/api/v1/operator/tenants/00000000-0000-4000-8000-000000000000/verification", "{\"evidence\":\"x\"}").statusCode())
                .isEqualTo(404);
        assertThat(operator.http.deleteJson("/api/v1/operator/tenants/" + tenantId + "/verification", "{}", "pac4jCsrfToken",
                Http.csrfToken(operator.http.get("/staff", "Accept", "text/html"))).statusCode()).isEqualTo(204);
        assertThat(operator.http.deleteJson("/api/v1/operator/tenants/" + tenantId + "/verification", "{}", "pac4jCsrfToken",
                Http.csrfToken(operator.http.get("/staff", "Accept", "text/html"))).statusCode()).as("nothing left to withdraw").isEqualTo(404);
    }
}
