package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * The board's impact dashboard on a real server and PostgreSQL: figures booked in the ledger and
 * made by people, organisations and agreements through the API come back in the JSON, and the
 * page shows them as charts with their tables, in English and French.
 */
class ImpactDashboardIT {

    private static final String BILL = "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"November bill\","
            + "\"data\":{\"amount\":\"42.10\",\"currency\":\"GBP\"},\"verified\":true}";
    private static final String YEAR = "from=2023-04-01&to=2024-03-31";

    private static Platform platform;
    private static Http board;
    private static String today;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        Staff operator = Staff.signIn(platform, "treasurer@impact.example", "treasurer of the books", Set.of("operator"));
        operator.post("/api/v1/governance/years", "{\"startsOn\":\"2023-04-01\"}", 201);
        operator.entry("2023-05-01", "revenue", "1000", "4000", "10000.00");
        operator.entry("2023-05-20", "revenue", "1000", "4900", "500.00");
        operator.entry("2023-09-30", "cost", "5000", "1000", "4000.00");
        String project = operator.post("/api/v1/governance/projects", "{\"name\":\"Repair café\",\"description\":\"Fix things together\"}", 201)
                .getString("id");
        assertThat(project).isNotBlank();

        Http http = new Http(platform.port());
        String tenant = Tenants.register(http, "Impact Utility");
        String stays = Http.bearer(TestPlatform.individual(http, "stays@impact.example", "staying on the platform"));
        String revokes = Http.bearer(TestPlatform.individual(http, "revokes@impact.example", "revoking my consent"));
        String leaves = Http.bearer(TestPlatform.individual(http, "leaves@impact.example", "leaving the platform"));
        String delivered = Tenants.agreement(http, tenant, stays, "[\"deliver\",\"read\"]");
        assertThat(http.postJson("/api/v1/tenant/agreements/" + delivered + "/records", BILL, "Authorization", tenant, "Idempotency-Key", "impact-1")
                .statusCode()).isEqualTo(201);
        assertThat(http.get("/api/v1/tenant/agreements/" + delivered + "/records", "Authorization", tenant).statusCode()).isEqualTo(200);
        String revoked = Tenants.agreement(http, tenant, revokes, "[\"read\"]");
        assertThat(http.delete("/api/v1/me/agreements/" + revoked, "Authorization", revokes).statusCode()).isEqualTo(204);
        Tenants.agreement(http, tenant, leaves, "[\"read\"]");
        assertThat(http.deleteJson("/api/v1/me", "{\"password\":\"leaving the platform\"}", "Authorization", leaves).statusCode()).isEqualTo(204);
        JsonArray[] erasures = new JsonArray[1];
        Eventually.await(Duration.ofSeconds(20), "the erasure request reaches the organisation", () -> {
            erasures[0] = Http.json(http.get("/api/v1/tenant/erasure-requests", "Authorization", tenant)).getJsonArray("items");
            return !erasures[0].isEmpty();
        });
        assertThat(http.postJson("/api/v1/tenant/erasure-requests/" + erasures[0].getJsonObject(0).getString("id") + "/acknowledgement", "{}",
                "Authorization", tenant).statusCode()).isEqualTo(204);

        platform.modules().staff().add("chair@impact.example", "chair of the board", Set.of("board"));
        board = new Http(platform.port());
        board.login("/staff/login", "chair@impact.example", "chair of the board");
        today = LocalDate.now(ZoneOffset.UTC).toString();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static JsonObject impact(String query) {
        HttpResponse<String> response = board.get("/api/v1/reports/impact?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    @DisplayName("The board reads a year's revenue by source and month, costs, surplus, reinvestment status and projects from the ledger")
    void moneyFromTheLedger() {
        JsonObject finance = impact(YEAR).getJsonObject("finance");
        assertThat(finance.getString("revenue")).isEqualTo("10500.00");
        assertThat(finance.getString("costs")).isEqualTo("4000.00");
        assertThat(finance.getString("surplus")).isEqualTo("6500.00");
        JsonArray months = finance.getJsonArray("months");
        assertThat(months).hasSize(12);
        assertThat(months.getJsonObject(1)).isEqualTo(new JsonObject().put("month", "2023-05").put("revenue", "10500.00").put("costs", "0.00"));
        assertThat(months.getJsonObject(5).getString("costs")).isEqualTo("4000.00");
        assertThat(finance.getJsonArray("revenueBySource").stream().map(o -> ((JsonObject) o).getString("account") + "=" + ((JsonObject) o).getString("amount")))
                .containsExactly("4000=10000.00", "4900=500.00");
        assertThat(finance.getJsonArray("costsByCategory").getJsonObject(0).getString("name")).isEqualTo("Staff costs");
        JsonObject year = finance.getJsonArray("years").getJsonObject(0);
        assertThat(year.getString("startsOn")).isEqualTo("2023-04-01");
        assertThat(year.getString("status")).isEqualTo("open");
        assertThat(year.getString("result")).isEqualTo("6500.00");
        assertThat(finance.getJsonArray("projects").getJsonObject(0).getString("name")).isEqualTo("Repair café");
        assertThat(impact("from=2023-06-01&to=2023-06-30").getJsonObject("finance").getString("revenue")).isEqualTo("0.00");
    }

    @Test
    @DisplayName("The board reads people served, records delivered, consented reads, revocations, erasures and organisations for a period")
    void peopleFromThePlatform() {
        String period = "from=" + LocalDate.parse(today).minusDays(1) + "&to=" + LocalDate.parse(today).plusDays(1);
        JsonObject[] people = new JsonObject[1];
        // the consented read is written by the access log's group commit, just after the answer
        Eventually.await(Duration.ofSeconds(10), "the consented read is counted", () -> {
            people[0] = impact(period).getJsonObject("people");
            return people[0].getLong("consentedReads") >= 1;
        });
        JsonObject p = people[0];
        assertThat(p.getJsonObject("individuals")).isEqualTo(new JsonObject().put("active", 2).put("registered", 3).put("erased", 1));
        assertThat(p.getJsonObject("records").getLong("delivered")).isEqualTo(1);
        assertThat(p.getJsonObject("records").getLong("held")).isEqualTo(1);
        assertThat(p.getLong("consentedReads")).isEqualTo(1);
        assertThat(p.getLong("revocations")).as("one revoked by hand, one by the erasure").isEqualTo(2);
        assertThat(p.getJsonObject("erasures").getLong("honoured")).isEqualTo(1);
        assertThat(p.getJsonObject("erasures").getDouble("medianHoursToHonour")).isBetween(0.0, 1.0);
        assertThat(p.getJsonArray("agreements").stream().map(o -> ((JsonObject) o).getString("status") + "=" + ((JsonObject) o).getLong("count")))
                .containsExactly("active=1", "revoked=2");
        assertThat(p.getJsonArray("tenants").getJsonObject(0).getString("kind")).isEqualTo("company");
        assertThat(p.getJsonArray("tenants").getJsonObject(0).getLong("count")).isEqualTo(1);
        assertThat(impact(period).getLong("pilots")).isZero();
        JsonObject before = impact(YEAR).getJsonObject("people");
        assertThat(before.getJsonObject("individuals").getLong("registered")).isZero();
        assertThat(before.getJsonArray("agreements")).as("agreements as they stood at a past period's end: none granted yet").isEmpty();
        assertThat(before.getJsonObject("records").getLong("held")).as("records held at a past period's end").isZero();
    }

    @Test
    @DisplayName("A reversed or malformed period is a 400 problem; no period is the current financial year")
    void periods() {
        HttpResponse<String> reversed = board.get("/api/v1/reports/impact?from=2024-03-31&to=2023-04-01");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(reversed).getString("detail")).contains("ends");
        assertThat(board.get("/api/v1/reports/impact?from=yesterday").statusCode()).isEqualTo(400);
        JsonObject period = impact("").getJsonObject("period");
        assertThat(LocalDate.parse(period.getString("from"))).isBeforeOrEqualTo(LocalDate.parse(today));
        assertThat(LocalDate.parse(period.getString("to"))).isEqualTo(LocalDate.parse(period.getString("from")).plusYears(1).minusDays(1));
        assertThat(period.getString("from")).endsWith("-04-01");
    }

    @Test
    @DisplayName("In Chromium the board reads the charts and their tables in English and French and changes the period with the form")
    void page() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            String base = "http://localhost:" + platform.port();
            Browser.open(browser, base + "/staff/login", Browser.present(By.id("password")));
            Browser.type(browser, By.id("email"), "chair@impact.example");
            Browser.type(browser, By.id("password"), "chair of the board");
            Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), d -> !d.getCurrentUrl().contains("/login"));
            Browser.open(browser, base + "/board?lang=en", Browser.present(By.id("impact-link")));
            Browser.navigate(browser, By.id("impact-link"), Browser.present(By.id("period-shown")));
            Browser.setValue(browser, "from", "2023-04-01");
            Browser.setValue(browser, "to", "2024-03-31");
            Browser.navigate(browser, By.cssSelector("form.period button"), Browser.shows(By.id("period-shown"), "2023-04-01"));
            assertThat(browser.findElement(By.cssSelector("#revenue-by-source title")).getAttribute("textContent")).isEqualTo("Revenue by source");
            assertThat(browser.findElement(By.id("revenue-by-source")).getAttribute("role")).isEqualTo("img");
            assertThat(Browser.text(browser, By.id("table-revenue-by-source"))).contains("Subscriptions").contains("10,000.00").contains("500.00");
            assertThat(Browser.text(browser, By.id("money"))).contains("6,500.00");
            assertThat(Browser.text(browser, By.id("people"))).as("the pilots that ran in the period, none here").containsPattern("Pilots\\s+0");

            Browser.open(browser, base + "/board/impact?lang=fr&" + YEAR, Browser.shows(By.tagName("h1"), "impact"));
            assertThat(browser.findElement(By.cssSelector("#revenue-by-source title")).getAttribute("textContent")).isEqualTo("Produits par source");
            assertThat(Browser.text(browser, By.id("table-revenue-by-source"))).containsPattern("10[\\s\\u00a0]000,00");
            assertThat(Browser.text(browser, By.id("people"))).containsPattern("Pilotes\\s+0");

            Browser.open(browser, base + "/board/impact?from=2024-03-31&to=2023-04-01", Browser.present(By.id("error")));
            assertThat(browser.findElement(By.id("from")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.findElements(By.id("period-shown"))).isEmpty();
        } finally {
            browser.quit();
        }
    }
}
