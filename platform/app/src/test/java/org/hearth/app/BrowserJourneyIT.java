package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/** The individual's main journey, in a real headless Chromium, with the keyboard-reachable forms a person uses. */
class BrowserJourneyIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create();

    /** Submits with the keyboard-reachable button and waits for the next page at an address containing {@code expectedUrlPart}. */
    private static void submit(String button, String expectedUrlPart) {
        Browser.navigate(web.browser(), By.cssSelector(button), Browser.at(expectedUrlPart));
    }

    @Test
    @DisplayName("Sign up (which signs in), add a record with a file, see it, export everything, delete the account")
    void mainJourney() throws Exception {
        Browser.open(web.browser(), web.base() + "/signup?lang=en", Browser.present(By.id("confirm")));
        assertThat(Browser.attribute(web.browser(), By.tagName("html"), "lang")).isEqualTo("en");
        Browser.type(web.browser(), By.id("email"), "journey@example.org");
        Browser.type(web.browser(), By.id("password"), "a journey of data");
        Browser.type(web.browser(), By.id("confirm"), "a journey of data");
        // Signing up signs in: the next page is the new, empty store.
        Browser.navigate(web.browser(), By.cssSelector("form button[type=submit]"),
                Browser.all(Browser.at("/account?done=signed-up"), Browser.present(By.id("empty"))));
        assertThat(Browser.text(web.browser(), By.tagName("h1"))).isEqualTo("My data");
        assertThat(Browser.text(web.browser(), By.id("done"))).contains("you are signed in");
        assertThat(Browser.text(web.browser(), By.id("empty"))).contains("empty");

        Browser.navigate(web.browser(), By.linkText("Add a record"), Browser.present(By.id("types")));
        Browser.navigate(web.browser(), By.linkText("Postal address"), Browser.present(By.id("f-city")));
        Browser.type(web.browser(), By.id("title"), "Home address");
        Browser.type(web.browser(), By.id("f-line1"), "12 Perth Road");
        Browser.type(web.browser(), By.id("f-city"), "Dundee");
        Browser.select(web.browser(), By.id("f-country"), "GB");
        submit("main form button[type=submit]", "/account/records/0");
        assertThat(Browser.text(web.browser(), By.tagName("h1"))).isEqualTo("Home address");
        assertThat(Browser.text(web.browser(), By.id("record-data"))).contains("Town or city\nDundee").contains("United Kingdom");
        assertThat(Browser.text(web.browser(), By.cssSelector("[role=status]"))).contains("saved");

        Path file = Files.writeString(Files.createTempFile("lease", ".txt"), "tenancy agreement");
        Browser.attach(web.browser(), By.id("file"), file);
        Browser.navigate(web.browser(), By.cssSelector("form[enctype='multipart/form-data'] button"), Browser.present(By.id("attachment-link")));
        assertThat(Browser.text(web.browser(), By.id("attachment-link"))).contains(file.getFileName().toString());

        Browser.navigate(web.browser(), By.linkText("My data"), Browser.present(By.id("cat-dpv-pd-Address")));
        assertThat(Browser.text(web.browser(), By.id("cat-dpv-pd-Address"))).contains("Address (1)");
        assertThat(Browser.displayed(web.browser(), By.linkText("Home address"))).isTrue();
        Object export = web.browser().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/me/export').then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertThat(export).isEqualTo("200 application/zip");

        // The copy prepared in the background: the page follows its progress by itself and shows the download when ready.
        Browser.open(web.browser(), web.base() + "/account/export?lang=en", Browser.present(By.id("prepare")));
        Browser.navigate(web.browser(), By.id("prepare"), Browser.present(By.id("done")));
        Browser.await(web.browser(), "the download offered without reloading the page", Browser.present(By.id("download")));
        assertThat(Browser.text(web.browser(), By.id("export-ready"))).contains("Your copy is ready");

        // On a narrow screen each table value is named by its column's heading.
        Browser.open(web.browser(), web.base() + "/account/access-report?lang=en", Browser.present(By.tagName("main")));
        Browser.await(web.browser(), "table cells labelled by their headings", Browser.present(By.cssSelector("td[data-label]")));

        Browser.navigate(web.browser(), By.linkText("Who accessed my data"), Browser.all(Browser.at("/account/access-log"), Browser.present(By.tagName("main"))));
        assertThat(Browser.text(web.browser(), By.id("access-own"))).contains("You downloaded a copy of all your data");
        assertThat(Browser.text(web.browser(), By.tagName("main"))).contains("entries verified").doesNotContain("dpv");

        Browser.navigate(web.browser(), By.linkText("Français"), d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(Browser.text(web.browser(), By.tagName("h1"))).isEqualTo("Qui a accédé à mes données");
        Files.write(Path.of("target/journey-access-log-fr.png"), web.browser().getScreenshotAs(OutputType.BYTES));

        Browser.open(web.browser(), web.base() + "/account/delete?lang=en", Browser.present(By.id("password")));
        Browser.type(web.browser(), By.id("password"), "a journey of data");
        submit("main form button[type=submit]", "/login?erased=1");
        assertThat(Browser.text(web.browser(), By.cssSelector("[role=status]"))).contains("erased");
        Browser.open(web.browser(), web.base() + "/account", Browser.present(By.id("email")));
        assertThat(web.browser().getCurrentUrl()).contains("/login");
    }
}
