package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The breach register in a real headless Chromium: an operator records and notifies; the individual reads the notice, in English and French. */
class BreachPagesIT {

    private static final String PASSWORD = "a reader of notices";
    private static Platform platform;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(Map.of());
        platform.modules().staff().add("register@hearth.example", "register in the browser", Set.of("operator"));
        assertThat(new Http(platform.port()).postJson("/api/v1/accounts", "{\"email\":\"reader@example.org\",\"password\":\"" + PASSWORD + "\"}")
                .statusCode()).isEqualTo(201);
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

    private static void signIn(String login, String email, String password) {
        browser.manage().deleteAllCookies();
        Browser.open(browser, base + login, Browser.present(By.id("password")));
        Browser.type(browser, By.id("email"), email);
        Browser.type(browser, By.id("password"), password);
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    @DisplayName("An operator records a breach (a missing field shown refused), sees 14 hours left, notifies everyone after confirming; the individual sees the notice in English and French and marks it read")
    void recordNotifyAndRead() {
        signIn("/staff/login?lang=en", "register@hearth.example", "register in the browser");
        Browser.open(browser, base + "/staff/breaches", Browser.present(By.cssSelector("a[href='/staff/breaches/new']")));
        Browser.navigate(browser, By.cssSelector("a[href='/staff/breaches/new']"), Browser.present(By.id("f-nature")));
        Browser.type(browser, By.id("f-dataCategories"), "email addresses");
        Browser.type(browser, By.id("f-approxPeople"), "300");
        Browser.type(browser, By.id("f-approxRecords"), "300");
        Browser.type(browser, By.id("f-consequences"), "Phishing");
        Browser.type(browser, By.id("f-measures"), "Mailer key revoked");
        Browser.type(browser, By.id("f-contactPoint"), "dpo@hearth.example");
        String aware = LocalDateTime.ofInstant(Instant.now().minus(58, ChronoUnit.HOURS).minus(10, ChronoUnit.MINUTES), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).toString();
        Browser.setValue(browser, "f-becameAwareAt", aware);
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), Browser.present(By.id("f-nature-error")));
        assertThat(Browser.text(browser, By.id("error"))).contains("not recorded");

        Browser.type(browser, By.id("f-nature"), "Mailing list exported by a contractor");
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), Browser.present(By.id("deadline")));
        assertThat(Browser.text(browser, By.id("deadline"))).startsWith("Notify the authority by").endsWith("13 hours left");

        Browser.type(browser, By.id("textEn"), "A contractor exported our mailing list. Beware of emails asking for your password.");
        Browser.type(browser, By.id("textFr"), "Un prestataire a exporté notre liste de diffusion. Méfiez-vous des courriels demandant votre mot de passe.");
        Browser.navigate(browser, By.cssSelector("#notify-h ~ form button[type=submit]"), Browser.present(By.id("confirm")));
        assertThat(Browser.text(browser, By.id("confirm-h"))).contains("Everyone with an account");
        Browser.navigate(browser, By.id("send"), Browser.present(By.id("notice")));
        assertThat(Browser.text(browser, By.id("notices"))).contains("A contractor exported our mailing list");
        assertThat(Browser.text(browser, By.id("history"))).contains("notice sent to individuals");

        Browser.open(browser, base + "/staff/breaches?lang=fr", Browser.present(By.id("breaches")));
        assertThat(Browser.text(browser, By.id("breaches"))).contains("Mailing list exported").contains("il reste 13 heures");

        signIn("/login?lang=en", "reader@example.org", PASSWORD);
        Browser.open(browser, base + "/account?lang=en", Browser.present(By.id("notice-banner")));
        assertThat(Browser.text(browser, By.id("notice-banner"))).contains("Important notice for you").contains("Beware of emails asking for your password.");
        Browser.open(browser, base + "/account?lang=fr", Browser.shows(By.id("notice-banner"), "Avis important pour vous"));
        assertThat(Browser.text(browser, By.id("notice-banner"))).contains("Méfiez-vous des courriels");
        Browser.navigate(browser, By.cssSelector("#notice-banner button"), Browser.present(By.id("notices")));
        assertThat(browser.findElements(By.id("notice-banner"))).as("read: out of the banner").isEmpty();
        assertThat(Browser.text(browser, By.id("notices"))).contains("Avis que vous avez lus").contains("Méfiez-vous des courriels");
    }
}
