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

/** The operator's plans page in a real headless Chromium: prices in words, new prices from a date, and a refused number shown where it was typed. */
class PlanPagesIT {

    private static Platform platform;
    private static ChromeDriver browser;
    private static String base;
    private static final String NEXT_MONTH = LocalDate.now(ZoneOffset.UTC).plusMonths(1).withDayOfMonth(1).toString();

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(Map.of());
        platform.modules().staff().add("pricer@hearth.example", "pricer in the browser", Set.of("operator"));
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

    @Test
    @DisplayName("An operator reads the plans' prices in words, stores new standard prices from next month, and a number that is not one is shown refused next to its field")
    void readChangeAndRefuse() {
        browser.manage().deleteAllCookies();
        Browser.open(browser, base + "/staff/login?lang=en", Browser.present(By.id("password")));
        Browser.type(browser, By.id("email"), "pricer@hearth.example");
        Browser.type(browser, By.id("password"), "pricer in the browser");
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), d -> !d.getCurrentUrl().contains("/login"));

        Browser.open(browser, base + "/staff", Browser.present(By.cssSelector("a[href='/staff/plans']")));
        Browser.navigate(browser, By.cssSelector("a[href='/staff/plans']"), Browser.present(By.id("plan-standard")));
        assertThat(Browser.text(browser, By.id("plan-standard"))).contains("Subscription €49.00 per month")
                .contains("€0.010 per consented read after the first 1,000, up to 10,000; then €0.006 per consented read, up to 100,000, plus €20.00 once;")
                .contains("€2.50 per started block of 1,000 records delivered");
        assertThat(Browser.text(browser, By.id("plan-enterprise"))).contains("At least €1,500.00 per month");
        assertThat(Browser.text(browser, By.id("plan-sandbox"))).contains("Limit: 1,000 consented reads per month.");
        assertThat(Browser.text(browser, By.id("components-note"))).contains("through the API");
        assertThat(Browser.attribute(browser, By.id("p-standard-components-1-tiers-0-unit_price"), "value")).isEqualTo("0.010");

        Browser.type(browser, By.id("p-standard-components-0-price"), "59.00");
        Browser.setValue(browser, "p-standard-effective_from", NEXT_MONTH);
        Browser.navigate(browser, By.cssSelector("#plan-standard form button[type=submit]"), Browser.present(By.id("notice")));

        assertThat(Browser.text(browser, By.id("notice"))).contains("Standard: version 2 stored");
        assertThat(Browser.text(browser, By.id("plan-standard"))).contains("Version 2, from").contains("Subscription €59.00 per month")
                .contains("Subscription €49.00 per month");
        assertThat(Browser.attribute(browser, By.id("p-standard-components-0-price"), "value")).as("the form now starts from version 2")
                .isEqualTo("59.00");

        Browser.type(browser, By.id("p-standard-components-1-tiers-0-unit_price"), "ten");
        Browser.navigate(browser, By.cssSelector("#plan-standard form button[type=submit]"), Browser.present(By.id("error")));

        assertThat(Browser.text(browser, By.id("p-standard-components-1-tiers-0-unit_price-error"))).contains("write a number");
        assertThat(Browser.attribute(browser, By.id("p-standard-components-1-tiers-0-unit_price"), "aria-describedby"))
                .isEqualTo("p-standard-components-1-tiers-0-unit_price-error");
        assertThat(Browser.attribute(browser, By.id("p-standard-components-1-tiers-0-unit_price"), "value")).as("what was typed is kept")
                .isEqualTo("ten");
        assertThat(Browser.text(browser, By.id("plan-standard"))).as("nothing stored").doesNotContain("Version 3");

        Browser.open(browser, base + "/staff/plans?lang=fr", Browser.present(By.id("plan-standard")));
        assertThat(Browser.text(browser, By.id("plan-standard"))).contains("Abonnement 49,00").contains("Nouveaux prix à partir d’une date".replace('’', '\''));
    }
}
