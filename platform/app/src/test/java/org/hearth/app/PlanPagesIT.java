package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The operator's plans page in a real headless Chromium: prices in words, new prices from a date, and a refused number shown where it was typed. */
class PlanPagesIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create().staff("pricer@hearth.example", "pricer in the browser", "operator");

    private static final String NEXT_MONTH = LocalDate.now(ZoneOffset.UTC).plusMonths(1).withDayOfMonth(1).toString();

    @Test
    @DisplayName("An operator reads the plans' prices in words, stores new standard prices from next month, and a number that is not one is shown refused next to its field")
    void readChangeAndRefuse() {
        web.signIn("/staff/login?lang=en", "pricer@hearth.example", "pricer in the browser");

        Browser.open(web.browser(), web.base() + "/staff", Browser.present(By.cssSelector("a[href='/staff/plans']")));
        Browser.navigate(web.browser(), By.cssSelector("a[href='/staff/plans']"), Browser.present(By.id("plan-standard")));
        assertThat(Browser.text(web.browser(), By.id("plan-standard"))).contains("Subscription €49.00 per month")
                .contains("€0.010 per consented read after the first 1,000, up to 10,000; then €0.006 per consented read, up to 100,000, plus €20.00 once;")
                .contains("€2.50 per started block of 1,000 records delivered");
        assertThat(Browser.text(web.browser(), By.id("plan-enterprise"))).contains("At least €1,500.00 per month");
        assertThat(Browser.text(web.browser(), By.id("plan-sandbox"))).contains("Limit: 1,000 consented reads per month.");
        assertThat(Browser.text(web.browser(), By.id("components-note"))).contains("through the API");
        assertThat(Browser.attribute(web.browser(), By.id("p-standard-components-1-tiers-0-unit_price"), "value")).isEqualTo("0.010");

        Browser.type(web.browser(), By.id("p-standard-components-0-price"), "59.00");
        Browser.setValue(web.browser(), "p-standard-effective_from", NEXT_MONTH);
        Browser.navigate(web.browser(), By.cssSelector("#plan-standard form button[type=submit]"), Browser.present(By.id("notice")));

        assertThat(Browser.text(web.browser(), By.id("notice"))).contains("Standard: version 2 stored");
        assertThat(Browser.text(web.browser(), By.id("plan-standard"))).contains("Version 2, from").contains("Subscription €59.00 per month")
                .contains("Subscription €49.00 per month");
        assertThat(Browser.attribute(web.browser(), By.id("p-standard-components-0-price"), "value")).as("the form now starts from version 2")
                .isEqualTo("59.00");

        Browser.type(web.browser(), By.id("p-standard-components-1-tiers-0-unit_price"), "ten");
        Browser.navigate(web.browser(), By.cssSelector("#plan-standard form button[type=submit]"), Browser.present(By.id("error")));

        assertThat(Browser.text(web.browser(), By.id("p-standard-components-1-tiers-0-unit_price-error"))).contains("write a number");
        assertThat(Browser.attribute(web.browser(), By.id("p-standard-components-1-tiers-0-unit_price"), "aria-describedby"))
                .isEqualTo("p-standard-components-1-tiers-0-unit_price-error");
        assertThat(Browser.attribute(web.browser(), By.id("p-standard-components-1-tiers-0-unit_price"), "value")).as("what was typed is kept")
                .isEqualTo("ten");
        assertThat(Browser.text(web.browser(), By.id("plan-standard"))).as("nothing stored").doesNotContain("Version 3");

        Browser.open(web.browser(), web.base() + "/staff/plans?lang=fr", Browser.present(By.id("plan-standard")));
        assertThat(Browser.text(web.browser(), By.id("plan-standard"))).contains("Abonnement 49,00").contains("Nouveaux prix à partir d’une date".replace('’', '\''));
    }
}
