package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Moving from another Hearth without the API, in a real headless Chromium: the copy downloaded
 * there is chosen on this Hearth's sign-up page, the account is made from it and the person is
 * signed in, their records and earlier agreements there; a file that is not such a copy is refused
 * in words and creates nothing.
 */
class MoveInBrowserIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create();

    private static final String PASSWORD = "carrying my data along";

    @Test
    @DisplayName("In French: the copy from the other Hearth becomes the account, signed in, with its records and its agreements as history")
    void movingIn() throws Exception {
        Http http = new Http(web.platform().port());
        String tenant = Tenants.register(http, "Eau du Nord");
        String me = Http.bearer(TestPlatform.individual(http, "leaving-by-page@example.org", PASSWORD));
        assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Carnet de santé", "dpv-pd:HealthRecord", "{\"text\":\"vaccins à jour\"}"),
                "Authorization", me).statusCode()).isEqualTo(201);
        Tenants.agreement(http, tenant, me, "[\"read\"]", "Vos factures d'eau");
        Path copy = Files.createTempFile("hearth-export", ".zip");
        Files.write(copy, http.getBytes("/api/v1/me/export", "Authorization", me).body());
        copy.toFile().deleteOnExit();

        web.browser().manage().deleteAllCookies();
        Browser.open(web.browser(), web.base() + "/signup?lang=fr", Browser.present(By.id("move-in")));
        Browser.navigate(web.browser(), By.cssSelector("#move-in a"), Browser.present(By.id("archive")));
        assertThat(Browser.text(web.browser(), By.tagName("h1"))).isEqualTo("Apporter ici vos données d'un autre Hearth");
        Browser.attach(web.browser(), By.id("archive"), copy);
        Browser.type(web.browser(), By.id("email"), "arrived-by-page@example.org");
        Browser.type(web.browser(), By.id("password"), PASSWORD);
        Browser.type(web.browser(), By.id("confirm"), PASSWORD);
        Browser.navigate(web.browser(), By.id("move"), Browser.all(Browser.at("/account?done=moved-in"), Browser.present(By.id("done"))));
        assertThat(Browser.text(web.browser(), By.id("done"))).contains("Vos données de l'autre Hearth sont ici");
        assertThat(Browser.text(web.browser(), By.tagName("main"))).contains("Carnet de santé");

        Browser.open(web.browser(), web.base() + "/account/agreements", Browser.present(By.tagName("main")));
        assertThat(Browser.text(web.browser(), By.tagName("main"))).contains("Eau du Nord — Vos factures d'eau");
    }

    @Test
    @DisplayName("A large copy: the account is made and signed in at once, its records arrive in the background with their progress shown, every one once")
    void aLargeCopyArrivesInTheBackground() throws Exception {
        Http http = new Http(web.platform().port());
        String me = Http.bearer(TestPlatform.individual(http, "leaving-large@example.org", PASSWORD));
        for (int i = 0; i < 450; i++) {
            assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Note " + i, "dpv-pd:Preference", "{\"text\":\"note " + i + "\"}"),
                    "Authorization", me).statusCode()).isEqualTo(201);
        }
        Path copy = Files.createTempFile("hearth-export-large", ".zip");
        Files.write(copy, http.getBytes("/api/v1/me/export", "Authorization", me).body());
        copy.toFile().deleteOnExit();

        web.browser().manage().deleteAllCookies();
        Browser.open(web.browser(), web.base() + "/signup/move?lang=en", Browser.present(By.id("archive")));
        Browser.attach(web.browser(), By.id("archive"), copy);
        Browser.type(web.browser(), By.id("email"), "arrived-large@example.org");
        Browser.type(web.browser(), By.id("password"), PASSWORD);
        Browser.type(web.browser(), By.id("confirm"), PASSWORD);
        Browser.navigate(web.browser(), By.id("move"), Browser.all(Browser.at("/account/import/jobs/"), Browser.present(By.id("done"))));
        assertThat(Browser.text(web.browser(), By.id("done"))).contains("Your data from the other Hearth is on its way");
        Browser.await(web.browser(), "the move's page to say it is done", Browser.shows(By.id("import-done"), "all 450 records were added"));
        assertThat(Browser.text(web.browser(), By.id("import-done"))).contains("another Hearth");

        String arrived = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("arrived-large@example.org", PASSWORD)))
                .getString("token"));
        java.util.Set<String> titles = new java.util.HashSet<>();
        String after = "";
        for (int page = 0; page < 10; page++) {
            var items = Http.json(http.get("/api/v1/me/records?limit=100" + after, "Authorization", arrived)).getJsonArray("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(i -> titles.add(((io.vertx.core.json.JsonObject) i).getString("title")));
            after = "&after=" + items.getJsonObject(items.size() - 1).getString("id");
        }
        assertThat(titles).as("every record once").hasSize(450).contains("Note 0", "Note 449");
    }

    @Test
    @DisplayName("A file that is not a copy from a Hearth is refused in words, and no account is made")
    void notACopy() throws Exception {
        Path notes = Files.writeString(Files.createTempFile("notes", ".zip"), "not a zip at all");
        web.browser().manage().deleteAllCookies();
        Browser.open(web.browser(), web.base() + "/signup/move?lang=en", Browser.present(By.id("archive")));
        Browser.attach(web.browser(), By.id("archive"), notes);
        Browser.type(web.browser(), By.id("email"), "not-moved@example.org");
        Browser.type(web.browser(), By.id("password"), PASSWORD);
        Browser.type(web.browser(), By.id("confirm"), PASSWORD);
        Browser.navigate(web.browser(), By.id("move"), Browser.present(By.cssSelector("[role=alert]")));
        assertThat(Browser.text(web.browser(), By.cssSelector("[role=alert]"))).contains("is not a copy of data from a Hearth").contains("Nothing was created");
        Http http = new Http(web.platform().port());
        assertThat(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("not-moved@example.org", PASSWORD)).statusCode())
                .as("no account was made").isEqualTo(401);
    }
}
