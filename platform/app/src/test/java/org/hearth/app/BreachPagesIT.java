package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The breach register in a real headless Chromium: an operator records and notifies; the individual reads the notice, in English and French. */
class BreachPagesIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create().staff("register@hearth.example", "register in the browser", "operator");

    private static final String PASSWORD = "a reader of notices";

    @BeforeAll
    static void start() throws Exception {
        assertThat(new Http(web.platform().port()).postJson("/api/v1/accounts", "{\"email\":\"reader@example.org\",\"password\":\"" + PASSWORD + "\"}")
                .statusCode()).isEqualTo(201);
    }

    private static void signIn(String login, String email, String password) {
        web.signIn(login, email, password);
    }

    @Test
    @DisplayName("An operator records a breach (a missing field shown refused), sees 14 hours left, notifies everyone after confirming; the individual sees the notice in English and French and marks it read")
    void recordNotifyAndRead() {
        signIn("/staff/login?lang=en", "register@hearth.example", "register in the browser");
        Browser.open(web.browser(), web.base() + "/staff/breaches", Browser.present(By.cssSelector("a[href='/staff/breaches/new']")));
        Browser.navigate(web.browser(), By.cssSelector("a[href='/staff/breaches/new']"), Browser.present(By.id("f-nature")));
        Browser.type(web.browser(), By.id("f-dataCategories"), "email addresses");
        Browser.type(web.browser(), By.id("f-approxPeople"), "300");
        Browser.type(web.browser(), By.id("f-approxRecords"), "300");
        Browser.type(web.browser(), By.id("f-consequences"), "Phishing");
        Browser.type(web.browser(), By.id("f-measures"), "Mailer key revoked");
        Browser.type(web.browser(), By.id("f-contactPoint"), "dpo@hearth.example");
        // Typed in the zone the page shows times in: UK time on English pages.
        String aware = LocalDateTime.ofInstant(Instant.now().minus(58, ChronoUnit.HOURS).minus(10, ChronoUnit.MINUTES), java.time.ZoneId.of("Europe/London"))
                .truncatedTo(ChronoUnit.MINUTES).toString();
        Browser.setValue(web.browser(), "f-becameAwareAt", aware);
        Browser.navigate(web.browser(), By.cssSelector("main form button[type=submit]"), Browser.present(By.id("f-nature-error")));
        assertThat(Browser.text(web.browser(), By.id("error"))).contains("not recorded");

        Browser.type(web.browser(), By.id("f-nature"), "Mailing list exported by a contractor");
        Browser.navigate(web.browser(), By.cssSelector("main form button[type=submit]"), Browser.present(By.id("deadline")));
        assertThat(Browser.text(web.browser(), By.id("deadline"))).startsWith("Notify the authority by").endsWith("13 hours left");

        Browser.type(web.browser(), By.id("textEn"), "A contractor exported our mailing list. Beware of emails asking for your password.");
        Browser.type(web.browser(), By.id("textFr"), "Un prestataire a exporté notre liste de diffusion. Méfiez-vous des courriels demandant votre mot de passe.");
        Browser.navigate(web.browser(), By.cssSelector("#notify-h ~ form button[type=submit]"), Browser.present(By.id("confirm")));
        assertThat(Browser.text(web.browser(), By.id("confirm-h"))).contains("Everyone with an account");
        Browser.navigate(web.browser(), By.id("send"), Browser.present(By.id("notice")));
        assertThat(Browser.text(web.browser(), By.id("notices"))).contains("A contractor exported our mailing list");
        assertThat(Browser.text(web.browser(), By.id("history"))).contains("notice sent to individuals");

        Browser.open(web.browser(), web.base() + "/staff/breaches?lang=fr", Browser.present(By.id("breaches")));
        assertThat(Browser.text(web.browser(), By.id("breaches"))).contains("Mailing list exported").contains("il reste 13 heures");

        signIn("/login?lang=en", "reader@example.org", PASSWORD);
        Browser.open(web.browser(), web.base() + "/account?lang=en", Browser.present(By.id("notice-banner")));
        assertThat(Browser.text(web.browser(), By.id("notice-banner"))).contains("Important notice for you").contains("Beware of emails asking for your password.");
        Browser.open(web.browser(), web.base() + "/account?lang=fr", Browser.shows(By.id("notice-banner"), "Avis important pour vous"));
        assertThat(Browser.text(web.browser(), By.id("notice-banner"))).contains("Méfiez-vous des courriels");
        Browser.navigate(web.browser(), By.cssSelector("#notice-banner button"), Browser.present(By.id("notices")));
        assertThat(web.browser().findElements(By.id("notice-banner"))).as("read: out of the banner").isEmpty();
        assertThat(Browser.text(web.browser(), By.id("notices"))).contains("Avis que vous avez lus").contains("Méfiez-vous des courriels");
    }
}
