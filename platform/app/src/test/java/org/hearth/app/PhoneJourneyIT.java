package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 14's "done when", as one person on a 320-px phone in a real headless Chromium, in each
 * language: sign up, fill in a record through its form, import a file, review and accept an
 * organisation's request, read the access log, revoke, export, delete the account. Every step is
 * a click on what the page shows (the navigation's links, the page's buttons), each page is
 * checked for sideways scrolling, and each step waits on the next page's content, never on time.
 */
class PhoneJourneyIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create();

    /** Fails when the page is wider than the phone: WCAG 1.4.10, reflow. */
    private static void fitsTheScreen(String step) {
        assertThat(Browser.overflow(web.browser())).as("%s scrolls sideways at 320 px", step).isLessThanOrEqualTo(0);
    }

    private static void click(String css, org.openqa.selenium.support.ui.ExpectedCondition<?> arrived, String step) {
        Browser.navigate(web.browser(), By.cssSelector(css), arrived);
        fitsTheScreen(step);
    }

    private static Path sample(String name) {
        try {
            return Path.of(PhoneJourneyIT.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(quoteCharacter = '"', value = {
        "en, Postal address, Town or city, Contacts (vCard), Tenancy Homes asks for your data, The agreement is revoked, Your copy is ready, erased",
        "fr, Adresse postale, Ville, Contacts (vCard), Logis du Tay demande vos données, L'accord est révoqué, Votre copie est prête, effacés"
    })
    @DisplayName("On a 320-px phone: sign up, a record by its form, an import, a request accepted, the access log, revoke, export, delete")
    void everyStepOnAPhone(String language, String addressType, String cityLabel, String vcard, String asks, String revoked, String ready, String erased) {
        web.browser().manage().deleteAllCookies();
        Browser.phone(web.browser());
        String email = "phone-" + language + "@example.org";
        String password = "a phone in my pocket";

        Browser.open(web.browser(), web.base() + "/signup?lang=" + language, Browser.present(By.id("confirm")));
        fitsTheScreen("sign-up");
        Browser.type(web.browser(), By.id("email"), email);
        Browser.type(web.browser(), By.id("password"), password);
        Browser.type(web.browser(), By.id("confirm"), password);
        click("main form button[type=submit]", Browser.all(Browser.at("/account?done=signed-up"), Browser.present(By.id("empty"))), "the new store");
        assertThat(Browser.attribute(web.browser(), By.tagName("html"), "lang")).isEqualTo(language);

        // A record through its form.
        click("main a[href='/account/records/new']", Browser.present(By.id("types")), "the record types");
        Browser.navigate(web.browser(), By.linkText(addressType), Browser.present(By.id("f-city")));
        fitsTheScreen("the address form");
        Browser.type(web.browser(), By.id("f-line1"), "12 Perth Road");
        Browser.type(web.browser(), By.id("f-city"), "Dundee");
        Browser.select(web.browser(), By.id("f-country"), "GB");
        click("main form button[type=submit]", Browser.all(Browser.at("done=record-created"), Browser.present(By.id("record-data"))), "the new record");
        assertThat(Browser.text(web.browser(), By.id("record-data"))).contains(cityLabel + "\nDundee");

        // A file from elsewhere.
        Browser.open(web.browser(), web.base() + "/account", Browser.present(By.cssSelector("main a[href='/account/import']")));
        click("main a[href='/account/import']", Browser.present(By.id("file")), "the import page");
        Browser.attach(web.browser(), By.id("file"), sample("contacts.vcf"));
        click("#read", Browser.present(By.id("summary")), "the import preview");
        assertThat(Browser.text(web.browser(), By.id("summary"))).contains(vcard);
        click("#confirm", Browser.all(Browser.at("done=imported"), Browser.present(By.id("done"))), "the store after the import");

        // An organisation asks; the person reviews and accepts.
        Http http = new Http(web.platform().port());
        String organisation = "en".equals(language) ? "Tenancy Homes" : "Logis du Tay";
        String tenant = Tenants.register(http, organisation);
        JsonObject request = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Your tenancy\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We keep your address for the lease.\",\"categories\":[\"dpv-pd:Address\"],\"accessModes\":[\"read\"],"
                + "\"durationDays\":30,\"retentionDays\":0,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://tenancy.example/privacy\"}",
                "Authorization", tenant));
        Browser.open(web.browser(), web.base() + "/requests/" + request.getString("code"), Browser.present(By.id("accept")));
        fitsTheScreen("the request's review");
        assertThat(Browser.text(web.browser(), By.tagName("h1"))).isEqualTo(asks);
        assertThat(Browser.text(web.browser(), By.id("why"))).doesNotContain("dpv:");
        click("#accept", Browser.all(Browser.at("done=agreement-accepted"), Browser.present(By.id("receipt"))), "the agreement");
        String agreementPage = web.browser().getCurrentUrl();

        // The organisation reads; the person sees it in words.
        String agreement = Http.json(http.get("/api/v1/tenant/agreements", "Authorization", tenant)).getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant).body()).contains("Dundee");
        click("nav a[href='/account/access-log']", Browser.all(Browser.at("/account/access-log"), Browser.present(By.id("access-others"))), "the access log");
        assertThat(Browser.text(web.browser(), By.id("access-others"))).contains(organisation).doesNotContain("dpv").doesNotContain(agreement);

        // Revoking asks first, then says what it did.
        Browser.open(web.browser(), agreementPage, Browser.present(By.id("revoke")));
        click("#revoke", Browser.present(By.id("confirm")), "the revocation's question");
        click("#confirm", Browser.all(Browser.at("done=agreement-revoked"), Browser.present(By.id("done"))), "the revoked agreement");
        assertThat(Browser.text(web.browser(), By.id("done"))).contains(revoked);
        assertThat(http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant).statusCode()).isEqualTo(403);

        // A copy of everything, prepared in the background.
        Browser.open(web.browser(), web.base() + "/account", Browser.present(By.cssSelector("main a[href='/account/export']")));
        click("main a[href='/account/export']", Browser.present(By.id("prepare")), "the export page");
        click("#prepare", Browser.present(By.id("done")), "the export being prepared");
        Browser.await(web.browser(), "the copy ready", Browser.present(By.id("download")));
        assertThat(Browser.text(web.browser(), By.id("export-ready"))).contains(ready);
        fitsTheScreen("the copy ready");

        // Leaving: the account is erased after the password is typed again.
        Browser.open(web.browser(), web.base() + "/account/delete", Browser.present(By.id("password")));
        fitsTheScreen("the erasure's question");
        Browser.type(web.browser(), By.id("password"), password);
        click("main form button[type=submit]", Browser.all(Browser.at("/login?erased=1"), Browser.present(By.cssSelector("[role=status]"))), "the farewell");
        assertThat(Browser.text(web.browser(), By.cssSelector("[role=status]"))).contains(erased);
    }
}
