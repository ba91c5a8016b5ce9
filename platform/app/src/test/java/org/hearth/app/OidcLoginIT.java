package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sign-in with an external OpenID Connect provider, against a real OIDC server (mock-oauth2-server). */
class OidcLoginIT {

    private static MockOAuth2Server provider;
    private static Platform platform;

    @BeforeAll
    static void start() {
        provider = new MockOAuth2Server();
        provider.start();
        String issuer = provider.issuerUrl("franceconnect").toString();
        platform = TestPlatform.start(Map.of("HEARTH_OIDC_ISSUER", issuer, "HEARTH_OIDC_CLIENT_ID", "hearth",
                "HEARTH_OIDC_CLIENT_SECRET", "hearth-secret", "HEARTH_OIDC_LABEL", "FranceConnect"));
    }

    @AfterAll
    static void stop() {
        platform.close();
        provider.shutdown();
    }

    @Test
    @DisplayName("The first OIDC sign-in creates an account linked by issuer and subject; the next one finds the same account")
    void firstSignInCreatesTheAccountAndTheNextFindsIt() throws Exception {
        String login = new Http(platform.port()).get("/login", "Accept", "text/html").body();
        assertThat(login).contains("Sign in with FranceConnect").contains("href=\"/login/oidc\"");

        String first = signIn("citizen-42");
        String second = signIn("citizen-42");
        String other = signIn("citizen-43");
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(TestDatabase.get().count(INDIVIDUALS, INDIVIDUALS.OIDC_SUBJECT.eq("citizen-42"))).isEqualTo(1);
    }

    @Test
    @DisplayName("An account made through OIDC has no password, so its owner confirms erasure with the word ERASE")
    void oidcAccountsCanBeErased() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("franceconnect", "leaver-7", "JWT", List.of("hearth"), Map.of()));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.ALWAYS).build();
        String base = "http://localhost:" + platform.port();
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login/oidc")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        String csrf = Http.csrfToken(browser.send(HttpRequest.newBuilder(URI.create(base + "/account/settings")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> wrong = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).header("Content-Type", "application/json")
                .header("pac4jCsrfToken", csrf).method("DELETE", HttpRequest.BodyPublishers.ofString("{\"password\":\"\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(403);
        HttpResponse<String> erased = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).header("Content-Type", "application/json")
                .header("pac4jCsrfToken", csrf).method("DELETE", HttpRequest.BodyPublishers.ofString("{\"password\":\"ERASE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(erased.statusCode()).isEqualTo(204);
        assertThat(TestDatabase.get().count(INDIVIDUALS, INDIVIDUALS.OIDC_SUBJECT.eq("leaver-7"))).isZero();
    }

    /** A browser's whole round trip: Hearth → provider → Hearth's callback → the account page; returns the account id. */
    private String signIn(String subject) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("franceconnect", subject, "JWT", List.of("hearth"),
                Map.of("email", subject + "@example.fr")));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.ALWAYS).build();
        String base = "http://localhost:" + platform.port();
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(base + "/login/oidc")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(landed.uri().getPath()).isEqualTo("/account");
        assertThat(landed.body()).contains("<h1>My data</h1>");
        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        return Http.json(me).getString("id");
    }
}
