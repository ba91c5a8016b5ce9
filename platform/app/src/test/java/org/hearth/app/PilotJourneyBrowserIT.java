package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A pilot's whole journey in a real headless Chromium: a public body proposes it in its console
 * (the fields as inputs, no JSON), an operator approves it in the staff pages, and an individual
 * opens the invitation, reads in plain words that the organisation will never see their records,
 * joins, and finds the agreement in their account.
 */
class PilotJourneyBrowserIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create().staff("approver@hearth.example", "approver in the browser", "operator");

    private static void signIn(String page, String email, String password) {
        web.signIn(page + "?lang=en", email, password);
    }

    @Test
    @DisplayName("A public body proposes a pilot in its console, an operator approves it, an individual reads the plain words and joins")
    void proposeApproveJoin() {
        Http http = new Http(web.platform().port());
        Tenants.register(http, "Health Ministry Browser", "public_body");
        TestPlatform.individual(http, "joiner@pilots.example", "a joiner of pilots");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        signIn("/console/login", "admin@health-ministry-browser.example", "a strong admin pass");
        Browser.open(web.browser(), web.base() + "/console/pilots", Browser.present(By.id("propose")));
        Browser.type(web.browser(), By.id("title"), "Sleep and health");
        Browser.select(web.browser(), By.id("purpose"), "dpv:ScientificResearch");
        Browser.type(web.browser(), By.id("description"), "How many hours the country sleeps.");
        Browser.type(web.browser(), By.id("f0-schema"), "hearth:sleep/v1");
        Browser.type(web.browser(), By.id("f0-field"), "hours");
        Browser.type(web.browser(), By.id("f0-lower"), "0");
        Browser.type(web.browser(), By.id("f0-upper"), "14");
        Browser.type(web.browser(), By.id("f0-decimals"), "1");
        Browser.type(web.browser(), By.id("f0-bins"), "0, 6, 8, 14");
        Browser.type(web.browser(), By.id("f1-schema"), "hearth:sleep/v1");
        Browser.type(web.browser(), By.id("f1-field"), "region");
        Browser.select(web.browser(), By.id("f1-kind"), "categorical");
        Browser.type(web.browser(), By.id("f1-categories"), "north, south");
        Browser.type(web.browser(), By.id("targetCohort"), "200");
        Browser.setValue(web.browser(), "startsOn", today.toString());
        Browser.setValue(web.browser(), "endsOn", today.plusDays(90).toString());
        Browser.type(web.browser(), By.id("fundingAmount"), "12000.00");
        Browser.type(web.browser(), By.id("fundingCurrency"), "GBP");
        Browser.type(web.browser(), By.id("policyUrl"), "https://health.example/sleep-privacy");
        Browser.navigate(web.browser(), By.id("propose"), Browser.present(By.id("pilot-status")));
        assertThat(Browser.text(web.browser(), By.id("notice"))).contains("operator will approve or refuse");
        assertThat(Browser.text(web.browser(), By.id("pilot-status"))).contains("Proposed");
        assertThat(Browser.text(web.browser(), By.id("pilot-fields"))).contains("hours").contains("0, 6, 8, 14").contains("north, south");

        signIn("/staff/login", "approver@hearth.example", "approver in the browser");
        Browser.open(web.browser(), web.base() + "/staff/pilots?status=proposed", Browser.present(By.id("pilots")));
        assertThat(Browser.text(web.browser(), By.id("pilots"))).contains("Health Ministry Browser");
        Browser.navigate(web.browser(), By.linkText("Sleep and health"), Browser.present(By.id("decide")));
        Browser.navigate(web.browser(), By.id("decide"), Browser.present(By.id("notice")));
        assertThat(Browser.text(web.browser(), By.id("notice"))).contains("approved");
        String invitation = Browser.attribute(web.browser(), By.id("invitation-link"), "href");
        assertThat(invitation).contains("/requests/");

        web.browser().manage().deleteAllCookies();
        Browser.open(web.browser(), invitation + "?lang=en", Browser.all(Browser.at("/login"), Browser.present(By.id("email"))));
        Browser.type(web.browser(), By.id("email"), "joiner@pilots.example");
        Browser.type(web.browser(), By.id("password"), "a joiner of pilots");
        Browser.navigate(web.browser(), By.cssSelector("main form button[type=submit]"), Browser.present(By.id("accept")));
        String words = Browser.text(web.browser(), By.id("aggregate-only"));
        assertThat(words).contains("Health Ministry Browser will never see or receive your records")
                .contains("groups of at least 10 people").contains("leave at any time");
        Browser.navigate(web.browser(), By.id("accept"), Browser.all(Browser.at("done=agreement-accepted"), Browser.present(By.id("receipt"))));
        assertThat(Browser.text(web.browser(), By.id("status"))).contains("active");
        assertThat(Browser.text(web.browser(), By.id("receipt"))).contains("Health Ministry Browser").contains("Scientific Research")
                .doesNotContain("dpv");
    }
}
