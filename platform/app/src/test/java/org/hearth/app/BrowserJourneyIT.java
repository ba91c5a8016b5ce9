package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** The individual's main journey, in a real headless Chromium, with the keyboard-reachable forms a person uses. */
class BrowserJourneyIT {

    private static Platform platform;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(Map.of());
        base = "http://localhost:" + platform.port();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        platform.close();
    }

    /** Submits with the keyboard-reachable button and waits for the next page at an address containing {@code expectedUrlPart}. */
    private static void submit(String button, String expectedUrlPart) {
        Browser.navigate(browser, By.cssSelector(button), Browser.at(expectedUrlPart));
    }

    @Test
    @DisplayName("Sign up, sign in, add a record with a file, see it, export everything, delete the account")
    void mainJourney() throws Exception {
        Browser.open(browser, base + "/signup?lang=en", Browser.present(By.id("confirm")));
        assertThat(Browser.attribute(browser, By.tagName("html"), "lang")).isEqualTo("en");
        Browser.type(browser, By.id("email"), "journey@example.org");
        Browser.type(browser, By.id("password"), "a journey of data");
        Browser.type(browser, By.id("confirm"), "a journey of data");
        submit("form button[type=submit]", "/login?signed_up=1");

        Browser.type(browser, By.id("email"), "journey@example.org");
        Browser.type(browser, By.id("password"), "a journey of data");
        submit("form button[type=submit]", "/account");
        assertThat(Browser.text(browser, By.tagName("h1"))).isEqualTo("My data");
        assertThat(Browser.text(browser, By.id("empty"))).contains("empty");

        Browser.navigate(browser, By.linkText("Add a record"), Browser.present(By.id("data")));
        Browser.type(browser, By.id("title"), "Home address");
        Browser.select(browser, By.id("category"), "dpv-pd:Address");
        Browser.type(browser, By.id("schema"), "hearth:address/v1");
        Browser.type(browser, By.id("data"), "{\"city\": \"Dundee\"}");
        submit("main form button[type=submit]", "/account/records/0");
        assertThat(Browser.text(browser, By.tagName("h1"))).isEqualTo("Home address");
        assertThat(Browser.text(browser, By.id("record-data"))).contains("Dundee");

        Path file = Files.writeString(Files.createTempFile("lease", ".txt"), "tenancy agreement");
        Browser.attach(browser, By.id("file"), file);
        Browser.navigate(browser, By.cssSelector("form[enctype='multipart/form-data'] button"), Browser.present(By.id("attachment-link")));
        assertThat(Browser.text(browser, By.id("attachment-link"))).contains(file.getFileName().toString());

        Browser.navigate(browser, By.linkText("My data"), Browser.present(By.id("cat-dpv-pd-Address")));
        assertThat(Browser.text(browser, By.id("cat-dpv-pd-Address"))).contains("Address (1)");
        assertThat(Browser.displayed(browser, By.linkText("Home address"))).isTrue();
        Object export = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/me/export').then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertThat(export).isEqualTo("200 application/zip");

        Browser.navigate(browser, By.linkText("Who accessed my data"), Browser.all(Browser.at("/account/access-log"), Browser.present(By.tagName("main"))));
        assertThat(Browser.text(browser, By.tagName("main"))).contains("export").contains("entries verified");

        Browser.navigate(browser, By.linkText("Français"), d -> "fr".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(Browser.text(browser, By.tagName("h1"))).isEqualTo("Qui a accédé à mes données");
        Files.write(Path.of("target/journey-access-log-fr.png"), browser.getScreenshotAs(OutputType.BYTES));

        Browser.open(browser, base + "/account/delete?lang=en", Browser.present(By.id("password")));
        Browser.type(browser, By.id("password"), "a journey of data");
        submit("main form button[type=submit]", "/login?erased=1");
        assertThat(Browser.text(browser, By.cssSelector("[role=status]"))).contains("erased");
        Browser.open(browser, base + "/account", Browser.present(By.id("email")));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
