package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** The organisation-to-individual journey, with the individual's part in a real headless Chromium. */
class AgreementJourneyIT {

    private static Platform platform;
    private static ChromeDriver browser;
    private static HttpServer receiver;
    private static final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            events.add(new JsonObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).getString("type"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        platform = TestPlatform.start(Map.of("HEARTH_WEBHOOK_RETRY_BASE", "PT0.2S"));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        platform.close();
        receiver.stop(0);
    }

    @Test
    @DisplayName("Organisation publishes a request; individual accepts in the browser; organisation reads; individual revokes; organisation is refused and notified")
    void journey() throws Exception {
        Http http = new Http(platform.port());
        String base = "http://localhost:" + platform.port();
        JsonObject registered = Http.json(http.postJson("/api/v1/tenants", "{\"name\":\"Civic Housing\",\"kind\":\"nonprofit\","
                + "\"contactEmail\":\"dpo@civic.example\",\"admin\":{\"email\":\"admin@civic.example\",\"password\":\"civic admin pass\"}}"));
        String tenant = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(registered.getString("clientId"), registered.getString("clientSecret")))).getString("access_token"));
        http.postJson("/api/v1/tenant/webhooks", "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks\","
                + "\"events\":[\"agreement.granted\",\"agreement.revoked\"]}", "Authorization", tenant);
        JsonObject request = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Housing application\","
                + "\"purpose\":\"dpv:ServiceProvision\",\"description\":\"We need your address to process your application.\","
                + "\"categories\":[\"dpv-pd:Address\"],\"accessModes\":[\"read\"],\"durationDays\":90,\"retentionDays\":30,"
                + "\"lawfulBasis\":\"dpv:Consent\",\"policyUrl\":\"https://civic.example/privacy\"}", "Authorization", tenant));
        String individual = Http.bearer(TestPlatform.individual(http, "tenant-journey@example.org", "my housing journey"));
        http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Home", "dpv-pd:Address", "{\"city\":\"Leeds\"}"), "Authorization", individual);

        Browser.open(browser, base + "/requests/" + request.getString("code") + "?lang=en", Browser.all(Browser.at("/login"), Browser.present(By.id("email"))));
        Browser.type(browser, By.id("email"), "tenant-journey@example.org");
        Browser.type(browser, By.id("password"), "my housing journey");
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), Browser.present(By.id("accept")));
        assertThat(Browser.text(browser, By.tagName("h1"))).isEqualTo("Civic Housing asks for your data");
        assertThat(Browser.text(browser, By.tagName("main"))).contains("Address").contains("90 days");
        Browser.navigate(browser, By.id("accept"), Browser.all(Browser.at("done=agreement-accepted"), Browser.present(By.id("receipt"))));
        assertThat(Browser.text(browser, By.id("receipt"))).contains("Civic Housing");
        assertThat(Browser.text(browser, By.id("status"))).contains("active");

        String agreement = Http.json(http.get("/api/v1/tenant/agreements", "Authorization", tenant)).getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant).body()).contains("Leeds");

        // Each navigation waits for the new document and its content (see Browser): a read during the
        // navigation could land on a node of the old document (seen in CI on a loaded machine).
        // Revoking asks first, on a page that says what will happen.
        Browser.navigate(browser, By.id("revoke"), Browser.present(By.id("confirm")));
        assertThat(Browser.text(browser, By.id("question"))).contains("Revoke your agreement with Civic Housing");
        Browser.navigate(browser, By.id("confirm"), Browser.all(Browser.at("done=agreement-revoked"), Browser.shows(By.id("status"), "revoked")));
        assertThat(Browser.text(browser, By.id("done"))).contains("The agreement is revoked");
        Files.write(Path.of("target/agreement-journey.png"), browser.getScreenshotAs(OutputType.BYTES));

        var refused = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.json(refused).getString("code")).isEqualTo("agreement_revoked");
        Eventually.within(Duration.ofSeconds(15), () -> events.contains("agreement.revoked"));
        assertThat(events).contains("agreement.granted", "agreement.revoked");
    }
}
