package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /** Submits with the keyboard-reachable button and waits for the next page, saving a screenshot if it never comes. */
    private static void submit(String button, String expectedUrlPart) throws Exception {
        browser.findElement(By.cssSelector(button)).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(expectedUrlPart));
        } catch (org.openqa.selenium.TimeoutException e) {
            Files.write(Path.of("target/journey-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            throw new AssertionError("expected to reach " + expectedUrlPart + " but stayed on " + browser.getCurrentUrl()
                    + ": " + browser.findElement(By.tagName("body")).getText());
        }
    }

    @Test
    @DisplayName("Sign up, sign in, add a record with a file, see it, export everything, delete the account")
    void mainJourney() throws Exception {
        browser.get(base + "/signup?lang=en");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("email")).sendKeys("journey@example.org");
        browser.findElement(By.id("password")).sendKeys("a journey of data");
        browser.findElement(By.id("confirm")).sendKeys("a journey of data");
        submit("form button[type=submit]", "/login?signed_up=1");

        browser.findElement(By.id("email")).sendKeys("journey@example.org");
        browser.findElement(By.id("password")).sendKeys("a journey of data");
        submit("form button[type=submit]", "/account");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My data");
        assertThat(browser.findElement(By.id("empty")).getText()).contains("empty");

        Browser.clickAndWait(browser, By.linkText("Add a record"));
        browser.findElement(By.id("title")).sendKeys("Home address");
        new Select(browser.findElement(By.id("category"))).selectByValue("dpv-pd:Address");
        browser.findElement(By.id("schema")).clear();
        browser.findElement(By.id("schema")).sendKeys("hearth:address/v1");
        browser.findElement(By.id("data")).clear();
        browser.findElement(By.id("data")).sendKeys("{\"city\": \"Dundee\"}");
        submit("main form button[type=submit]", "/account/records/0");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Home address");
        assertThat(browser.findElement(By.id("record-data")).getText()).contains("Dundee");

        Path file = Files.writeString(Files.createTempFile("lease", ".txt"), "tenancy agreement");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("attachment-link")).isEmpty());
        assertThat(browser.findElement(By.id("attachment-link")).getText()).contains(file.getFileName().toString());

        Browser.clickAndWait(browser, By.linkText("My data"));
        assertThat(browser.findElement(By.id("cat-dpv-pd-Address")).getText()).contains("Address (1)");
        assertThat(browser.findElement(By.linkText("Home address")).isDisplayed()).isTrue();
        Object export = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/me/export').then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertThat(export).isEqualTo("200 application/zip");

        Browser.clickAndWait(browser, By.linkText("Who accessed my data"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("export").contains("entries verified");

        Browser.clickAndWait(browser, By.linkText("Français"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Qui a accédé à mes données");
        Files.write(Path.of("target/journey-access-log-fr.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(base + "/account/delete?lang=en");
        browser.findElement(By.id("password")).sendKeys("a journey of data");
        submit("main form button[type=submit]", "/login?erased=1");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("erased");
        browser.get(base + "/account");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
