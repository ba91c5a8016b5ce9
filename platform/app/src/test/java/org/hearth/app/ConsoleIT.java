package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The tenant console: team members sign in, see their organisation, publish and close requests. */
class ConsoleIT {

    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        Http http = new Http(platform.port());
        JsonObject registered = Http.json(http.postJson("/api/v1/tenants", "{\"name\":\"Console Co\",\"kind\":\"company\","
                + "\"contactEmail\":\"dpo@console.example\",\"admin\":{\"email\":\"admin@console.example\",\"password\":\"console admin pass\"}}"));
        assertThat(registered.getString("tenantId")).isNotBlank();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("An admin signs in to the console, publishes a request with the form, sees its invitation link, and closes it")
    void adminPublishesAndCloses() {
        Http admin = new Http(platform.port());
        HttpResponse<String> login = admin.login("/console/login", "admin@console.example", "console admin pass");
        assertThat(login.headers().firstValue("Location")).hasValue("/console");
        HttpResponse<String> page = admin.get("/console", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Console: Console Co").contains("admin@console.example").contains("active: 0");
        Map<String, String> form = new HashMap<>(Map.of("pac4jCsrfToken", Http.csrfToken(page), "title", "Proof of address",
                "purpose", "dpv:IdentityVerification", "description", "To open an account", "categories", "dpv-pd:Address",
                "accessModes", "read", "durationDays", "30", "retentionDays", "0", "lawfulBasis", "dpv:Consent"));
        form.put("policyUrl", "https://console.example/privacy");
        HttpResponse<String> created = admin.postForm("/console/requests", form, "Accept", "text/html");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String after = admin.get("/console", "Accept", "text/html").body();
        assertThat(after).contains("Proof of address").contains("/requests/").contains(">open<");
        String closeAction = after.replaceAll("(?s).*href=\"(/console/requests/[^\"]+/close)\".*", "$1");
        HttpResponse<String> ask = admin.get(closeAction, "Accept", "text/html");
        assertThat(ask.body()).contains("Close the data request “Proof of address”?").contains("invitation link stops working");
        assertThat(admin.postForm(closeAction, Map.of("pac4jCsrfToken", Http.csrfToken(ask), "confirmed", "yes"), "Accept", "text/html").statusCode()).isEqualTo(303);
        assertThat(admin.get("/console", "Accept", "text/html").body()).contains(">closed<");
        assertThat(admin.get("/api/v1/tenant/data-requests").statusCode()).as("the console session works on the tenant API").isEqualTo(200);
    }

    @Test
    @DisplayName("The console needs a member: anonymous programs get 401, an individual's session 403, a wrong password no session")
    void onlyMembers() {
        assertThat(new Http(platform.port()).get("/console").statusCode()).isEqualTo(401);
        Http wrong = new Http(platform.port());
        wrong.login("/console/login", "admin@console.example", "not the password");
        assertThat(wrong.get("/console").statusCode()).isEqualTo(401);
        Http individual = new Http(platform.port());
        TestPlatform.individual(individual, "someone@example.org", "just an individual");
        individual.login("/login", "someone@example.org", "just an individual");
        assertThat(individual.get("/console", "Accept", "text/html").statusCode()).isEqualTo(403);
    }
}
