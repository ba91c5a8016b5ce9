package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.datastore.Tables.EXPORT_JOBS;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /account/export: a copy prepared in the background, its progress on the page, a notice when ready, the download, and erasure. */
class ExportPagesIT {

    private static final String PASSWORD = "my data, all of it";
    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("Prepare, see it ready with a notice on the dashboard, download the zip (logged as the owner's export); nobody else can; erasure deletes it")
    void prepareAndDownload() throws Exception {
        Http api = new Http(platform.port());
        String token = Http.bearer(TestPlatform.individual(api, "copy@example.org", PASSWORD));
        for (int i = 0; i < 5; i++) {
            api.postJson("/api/v1/me/records", "{\"schema\":\"hearth:note/v1\",\"category\":\"dpv-pd:Preference\",\"title\":\"Note " + i
                    + "\",\"data\":{\"text\":\"note " + i + "\"}}", "Authorization", token);
        }
        UUID me = UUID.fromString(Http.json(api.get("/api/v1/me", "Authorization", token)).getString("id"));
        Http browser = new Http(platform.port());
        browser.login("/login", "copy@example.org", PASSWORD);

        HttpResponse<String> page = browser.get("/account/export?lang=en", "Accept", "text/html");
        assertThat(page.body()).contains("Prepare my copy").doesNotContain("id=\"download\"");
        HttpResponse<String> started = browser.postForm("/account/export", Map.of("pac4jCsrfToken", Http.csrfToken(page)));
        assertThat(started.headers().firstValue("Location")).hasValue("/account/export?done=export-started");

        Eventually.await(Duration.ofSeconds(30), "the copy ready", () -> browser.get("/account/export?lang=en", "Accept", "text/html").body()
                .contains("id=\"download\""));
        String ready = browser.get("/account/export?lang=fr", "Accept", "text/html").body();
        assertThat(ready).contains("Votre copie est prête").contains("Vous pouvez la télécharger jusqu'au");
        assertThat(browser.get("/account?lang=en", "Accept", "text/html").body()).contains("Your copy of all your data is ready");

        Matcher link = Pattern.compile("href=\"(/account/export/[0-9a-f-]{36}/archive)\"").matcher(ready);
        assertThat(link.find()).isTrue();
        HttpResponse<byte[]> zip = bytes(browser, link.group(1));
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(new String(zip.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(browser.get("/account/access-log?lang=en", "Accept", "text/html").body()).contains("You downloaded a copy of all your data");

        Http stranger = new Http(platform.port());
        TestPlatform.individual(stranger, "stranger@example.org", PASSWORD);
        stranger.login("/login", "stranger@example.org", PASSWORD);
        assertThat(bytes(stranger, link.group(1)).statusCode()).as("another person's copy").isEqualTo(404);

        assertThat(browser.deleteJson("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", "pac4jCsrfToken",
                Http.csrfToken(browser.get("/account", "Accept", "text/html"))).statusCode()).isEqualTo(204);
        int kept = platform.db().system(CallContext.system("test.exports"), dsl -> dsl.fetchCount(EXPORT_JOBS, EXPORT_JOBS.INDIVIDUAL_ID.eq(me)));
        assertThat(kept).as("erasure deletes the copies").isZero();
    }

    private static HttpResponse<byte[]> bytes(Http who, String path) {
        return who.getBytes(path, "Accept", "application/zip");
    }
}
