package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A pilot's whole journey in a real headless Chromium: a public body proposes it in its console
 * (the fields as inputs, no JSON), an operator approves it in the staff pages, and an individual
 * opens the invitation, reads in plain words that the organisation will never see their records,
 * joins, and finds the agreement in their account.
 */
class PilotJourneyBrowserIT {

    private static Platform platform;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(Map.of());
        platform.modules().staff().add("approver@hearth.example", "approver in the browser", Set.of("operator"));
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

    private static void signIn(String page, String email, String password) {
        browser.manage().deleteAllCookies();
        Browser.open(browser, base + page + "?lang=en", Browser.present(By.id("password")));
        Browser.type(browser, By.id("email"), email);
        Browser.type(browser, By.id("password"), password);
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    @DisplayName("A public body proposes a pilot in its console, an operator approves it, an individual reads the plain words and joins")
    void proposeApproveJoin() {
        Http http = new Http(platform.port());
        Tenants.register(http, "Health Ministry Browser", "public_body");
        TestPlatform.individual(http, "joiner@pilots.example", "a joiner of pilots");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        signIn("/console/login", "admin@health-ministry-browser.example", "a strong admin pass");
        Browser.open(browser, base + "/console/pilots", Browser.present(By.id("propose")));
        Browser.type(browser, By.id("title"), "Sleep and health");
        Browser.type(browser, By.id("purpose"), "dpv:ScientificResearch");
        Browser.type(browser, By.id("description"), "How many hours the country sleeps.");
        Browser.type(browser, By.id("f0-schema"), "hearth:sleep/v1");
        Browser.type(browser, By.id("f0-field"), "hours");
        Browser.type(browser, By.id("f0-lower"), "0");
        Browser.type(browser, By.id("f0-upper"), "14");
        Browser.type(browser, By.id("f0-decimals"), "1");
        Browser.type(browser, By.id("f0-bins"), "0, 6, 8, 14");
        Browser.type(browser, By.id("f1-schema"), "hearth:sleep/v1");
        Browser.type(browser, By.id("f1-field"), "region");
        Browser.select(browser, By.id("f1-kind"), "categorical");
        Browser.type(browser, By.id("f1-categories"), "north, south");
        Browser.type(browser, By.id("targetCohort"), "200");
        Browser.setValue(browser, "startsOn", today.toString());
        Browser.setValue(browser, "endsOn", today.plusDays(90).toString());
        Browser.type(browser, By.id("fundingAmount"), "12000.00");
        Browser.type(browser, By.id("fundingCurrency"), "GBP");
        Browser.type(browser, By.id("policyUrl"), "https://health.example/sleep-privacy");
        Browser.navigate(browser, By.id("propose"), Browser.present(By.id("pilot-status")));
        assertThat(Browser.text(browser, By.id("notice"))).contains("operator will approve or refuse");
        assertThat(Browser.text(browser, By.id("pilot-status"))).contains("Proposed");
        assertThat(Browser.text(browser, By.id("pilot-fields"))).contains("hours").contains("0, 6, 8, 14").contains("north, south");

        signIn("/staff/login", "approver@hearth.example", "approver in the browser");
        Browser.open(browser, base + "/staff/pilots?status=proposed", Browser.present(By.id("pilots")));
        assertThat(Browser.text(browser, By.id("pilots"))).contains("Health Ministry Browser");
        Browser.navigate(browser, By.linkText("Sleep and health"), Browser.present(By.id("decide")));
        Browser.navigate(browser, By.id("decide"), Browser.present(By.id("notice")));
        assertThat(Browser.text(browser, By.id("notice"))).contains("approved");
        String invitation = Browser.attribute(browser, By.id("invitation-link"), "href");
        assertThat(invitation).contains("/requests/");

        browser.manage().deleteAllCookies();
        Browser.open(browser, invitation + "?lang=en", Browser.all(Browser.at("/login"), Browser.present(By.id("email"))));
        Browser.type(browser, By.id("email"), "joiner@pilots.example");
        Browser.type(browser, By.id("password"), "a joiner of pilots");
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), Browser.present(By.id("accept")));
        String words = Browser.text(browser, By.id("aggregate-only"));
        assertThat(words).contains("Health Ministry Browser will never see or receive your records")
                .contains("groups of at least 10 people").contains("leave at any time");
        Browser.navigate(browser, By.id("accept"), Browser.all(Browser.at("/account/agreements"), Browser.present(By.id("agreements"))));
        assertThat(Browser.text(browser, By.id("agreements"))).contains("Health Ministry Browser").contains("active");
    }
}
