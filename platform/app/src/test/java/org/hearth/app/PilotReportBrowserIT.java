package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The partner's journey in real headless Chromium: ask a question in the console, read the report in English and in French. */
class PilotReportBrowserIT {

    @RegisterExtension
    // Minimum cohort 2, ε up to 6: the mean of ε 5.5 over the ten walkers is refused only if its
    // count's noise (ε 2.75) is −9 or less, odds of e^-24.
    static final BrowserWorld web = BrowserWorld.create().env("HEARTH_CHARTER", PilotFixture.charter(2, "10", "6").toString());

    private static PilotFixture.Pilot pilot;

    @BeforeAll
    static void start() throws Exception {
        Http http = new Http(web.platform().port());
        JsonObject registered = Http.json(http.postJson("/api/v1/tenants", "{\"name\":\"Directorate of Health\",\"kind\":\"public_body\","
                + "\"contactEmail\":\"dpo@health.example\",\"admin\":{\"email\":\"analyst@health.example\",\"password\":\"a pilot partner pass\"}}"));
        pilot = PilotFixture.running(web.platform(), Map.entry(UUID.fromString(registered.getString("tenantId")), "-"), "Active lives");
        PilotFixture.fundingReceived(web.platform(), pilot.pilotId(), "GRANT-2026-07");
        for (int i = 0; i < 10; i++) {
            String person = Http.bearer(TestPlatform.individual(http, "walker" + i + "@pilot.example", "a walker's password"));
            PilotFixture.record(http, person, "{\"age\":" + (30 + i) + ",\"steps\":60,\"smoker\":\"no\"}");
            PilotFixture.join(http, person, pilot);
        }
    }

    @Test
    @DisplayName("The partner signs in, asks a mean with the form (after a refused ε), sees the noisy answer with its interval and the ε left, then reads the report in French")
    void askAndRead() {
        Browser.open(web.browser(), web.base() + "/console/login?lang=en", Browser.present(By.id("email")));
        Browser.type(web.browser(), By.id("email"), "analyst@health.example");
        Browser.type(web.browser(), By.id("password"), "a pilot partner pass");
        Browser.navigate(web.browser(), By.cssSelector("form button[type=submit]"), Browser.at("/console"));

        String report = web.base() + "/console/pilots/" + pilot.pilotId() + "/report?lang=en";
        Browser.open(web.browser(), report, Browser.present(By.id("ask")));
        assertThat(Browser.text(web.browser(), By.tagName("h1"))).isEqualTo("Pilot report: Active lives");
        assertThat(Browser.text(web.browser(), By.id("cohort-size"))).contains("Not measured");
        assertThat(Browser.text(web.browser(), By.id("no-questions"))).contains("No question");
        assertThat(Browser.text(web.browser(), By.id("funding-received"))).doesNotContain("not yet");

        web.browser().findElement(By.id("kind-mean")).click();
        Browser.select(web.browser(), By.id("field"), "age");
        Browser.setValue(web.browser(), "epsilon", "6.5");
        Browser.navigate(web.browser(), By.id("ask-submit"), Browser.present(By.id("ask-error")));
        assertThat(Browser.text(web.browser(), By.id("ask-error"))).contains("Nothing was spent");
        assertThat(Browser.attribute(web.browser(), By.id("epsilon"), "aria-invalid")).isEqualTo("true");

        Browser.setValue(web.browser(), "epsilon", "5.5");
        Browser.navigate(web.browser(), By.id("ask-submit"), Browser.present(By.id("question-1")));
        String row = Browser.text(web.browser(), By.id("question-1"));
        assertThat(row).contains("Mean of age").contains("5.5").contains("from ");
        assertThat(Browser.text(web.browser(), By.id("privacy-epsilon-remaining"))).contains("4.5");
        assertThat(Browser.text(web.browser(), By.id("privacy-mechanism"))).contains("Discrete Laplace");

        Browser.open(web.browser(), web.base() + "/console/pilots/" + pilot.pilotId() + "/report?lang=fr", Browser.present(By.id("question-1")));
        assertThat(Browser.attribute(web.browser(), By.tagName("html"), "lang")).isEqualTo("fr");
        assertThat(Browser.text(web.browser(), By.tagName("h1"))).isEqualTo("Rapport du pilote : Active lives");
        assertThat(Browser.text(web.browser(), By.id("question-1"))).contains("Moyenne de age").contains("5,5");
        assertThat(Browser.text(web.browser(), By.id("privacy-epsilon-remaining"))).contains("4,5");
        assertThat(Browser.text(web.browser(), By.id("ask-h"))).isEqualTo("Poser une question");
    }

    @Test
    @DisplayName("The report's PDF comes from the same template; the operator reads the same report on the staff pages; another tenant's member gets 404")
    void pdfAndStaffView() {
        Http partner = new Http(web.platform().port());
        partner.login("/console/login", "analyst@health.example", "a pilot partner pass");
        var pdf = partner.get("/console/pilots/" + pilot.pilotId() + "/report.pdf?lang=en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        Staff operator = Staff.signIn(web.platform(), "pilots@hearth.example", "pilot operator password", java.util.Set.of("operator"));
        String page = operator.http.get("/staff/pilots/" + pilot.pilotId() + "/report?lang=en", "Accept", "text/html").body();
        assertThat(page).contains("Pilot report: Active lives").contains("Directorate of Health").contains("GRANT-2026-07");
        assertThat(page).doesNotContain("id=\"ask\"");
        Staff board = Staff.signIn(web.platform(), "board@hearth.example", "pilot board password", java.util.Set.of("board"));
        assertThat(board.http.get("/staff/pilots/" + pilot.pilotId() + "/report", "Accept", "text/html").statusCode()).isEqualTo(403);
    }
}
