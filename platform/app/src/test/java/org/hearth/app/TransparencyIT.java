package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public transparency page and its open data on a real server and PostgreSQL: a closed year
 * booked through the governance API, individuals and agreements made through the platform's
 * API, and the figures read back with no credential at all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransparencyIT {

    private static final String PASSWORD = "transparent enough";
    private static Platform platform;
    private static Http http;
    private static Staff operator;
    private static final List<String> individuals = new ArrayList<>();

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        operator = Staff.signIn(platform, "treasurer@hearth.example", "treasurer password", Set.of("operator"));
        String year = operator.post("/api/v1/governance/years", "{\"startsOn\":\"2023-04-01\"}", 201).getString("id");
        operator.post("/api/v1/governance/entries", entry("2023-05-01", "revenue", "1000", "4000", "10000.00"), 201);
        operator.post("/api/v1/governance/entries", entry("2023-06-01", "grant", "1000", "4300", "2500.00"), 201);
        operator.post("/api/v1/governance/entries", entry("2023-09-30", "cost", "5000", "1000", "4000.00"), 201);
        operator.post("/api/v1/governance/entries", entry("2023-10-30", "cost", "5100", "1000", "1500.00"), 201);
        operator.post("/api/v1/governance/years/" + year + "/closing", "", 200);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String entry(String date, String kind, String debit, String credit, String amount) {
        return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"description\":\"" + kind + " " + date + "\",\"justification\":\"doc-" + date
                + "\",\"lines\":[{\"account\":\"" + debit + "\",\"debit\":\"" + amount + "\"},{\"account\":\"" + credit + "\",\"credit\":\"" + amount + "\"}]}";
    }

    private static JsonObject openData() {
        HttpResponse<String> response = http.get("/api/v1/open-data/transparency.json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        return Http.json(response);
    }

    private static JsonObject period(JsonObject data, boolean closed) {
        return data.getJsonArray("periods").stream().map(JsonObject.class::cast).filter(p -> p.getBoolean("closed") == closed)
                .findFirst().orElseThrow();
    }

    private static void addIndividuals(int count) {
        for (int i = 0; i < count; i++) {
            individuals.add(Http.bearer(TestPlatform.individual(http, "person" + individuals.size() + "@open.example", PASSWORD)));
        }
    }

    private static OutputUnit validate(JsonObject data) {
        String schema = http.get("/api/v1/open-data/transparency-v1.schema.json").body();
        return Validator.create(JsonSchema.of(new JsonObject(schema)),
                new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("https://hearth.example/")).validate(data);
    }

    @Test
    @Order(1)
    @DisplayName("Anyone reads where the money went in a closed year, from the ledger, without signing in, valid against the published schema")
    void closedYearFromTheLedger() {
        JsonObject data = openData();
        assertThat(validate(data).getValid()).as(() -> validate(data).getErrors().toString()).isTrue();
        assertThat(data.getString("schemaVersion")).isEqualTo("1.0.0");
        assertThat(data.getJsonObject("licence").getString("id")).isEqualTo("CC-BY-4.0");
        assertThat(data.getJsonObject("operator").getString("name")).isEqualTo("Hearth Community Interest Company");
        JsonObject year = period(data, true);
        assertThat(year.getString("from")).isEqualTo("2023-04-01");
        assertThat(year.getJsonObject("revenue").getJsonObject("total")).isEqualTo(new JsonObject().put("amount", "12500.00").put("currency", "GBP"));
        JsonArray sources = year.getJsonObject("revenue").getJsonArray("bySource");
        assertThat(sources.getJsonObject(0).getString("source")).isEqualTo("subscriptions");
        assertThat(sources.getJsonObject(0).getJsonObject("amount").getString("amount")).isEqualTo("10000.00");
        assertThat(sources.getJsonObject(1).getString("source")).isEqualTo("grants");
        assertThat(year.getJsonObject("costs").getJsonObject("total").getString("amount")).isEqualTo("5500.00");
        assertThat(year.getJsonObject("surplus").getString("amount")).isEqualTo("7000.00");
        assertThat(year.getJsonObject("dividends").getJsonObject("declared").getString("amount")).isEqualTo("0.00");
        assertThat(year.getJsonObject("dividends").getJsonObject("cap").getString("amount")).isEqualTo("2450.00");
        assertThat(year.getJsonObject("reinvestment").getJsonObject("retained").getString("amount")).isEqualTo("7000.00");
        assertThat(year.getJsonObject("pilots").getLong("value")).isZero();
        assertThat(period(data, false).getString("to")).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    @Test
    @Order(2)
    @DisplayName("Nine people are published as 'fewer than 10' with no number, in JSON and CSV; the tenth makes the count 10")
    void smallCountsAreSuppressed() {
        addIndividuals(9);
        JsonObject nine = period(openData(), false).getJsonObject("individualsServed");
        assertThat(nine.getValue("value")).isNull();
        assertThat(nine.getBoolean("suppressed")).isTrue();
        assertThat(nine.getInteger("fewerThan")).isEqualTo(10);
        HttpResponse<String> csv = http.get("/api/v1/open-data/transparency.csv");
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(csv.body()).startsWith("period,closed,section,figure,breakdown,value,unit,suppressed\r\n");
        assertThat(csv.body()).contains(",false,people,individuals_served,,,individuals,true\r\n").doesNotContain("individuals_served,,9,");

        addIndividuals(1);
        JsonObject ten = period(openData(), false).getJsonObject("individualsServed");
        assertThat(ten.getLong("value")).isEqualTo(10);
        assertThat(ten.getBoolean("suppressed")).isFalse();
        assertThat(http.get("/api/v1/open-data/transparency.csv").body()).contains(",false,people,individuals_served,,10,individuals,false\r\n");
    }

    @Test
    @Order(3)
    @DisplayName("Agreements by purpose and organisations by kind are shown only for groups of two organisations or more; one erasure is 'fewer than 10'")
    void breakdownsAndErasures() {
        String acme = Tenants.register(http, "Acme Energy");
        String bolt = Tenants.register(http, "Bolt Water");
        for (int i = 0; i < individuals.size(); i++) {
            Tenants.agreement(http, i < 5 ? acme : bolt, individuals.get(i), "[\"read\"]");
        }
        JsonObject now = period(openData(), false);
        assertThat(now.getJsonObject("agreements").getJsonObject("total").getLong("value")).isEqualTo(10);
        assertThat(now.getJsonObject("agreements").getJsonArray("groups").getJsonObject(0).getString("key")).isEqualTo("dpv:ServiceProvision");
        assertThat(now.getJsonObject("organisations").getJsonArray("groups").getJsonObject(0))
                .isEqualTo(new JsonObject().put("key", "company").put("count", new JsonObject().put("value", 2L).put("suppressed", false)));

        HttpResponse<String> erased = http.deleteJson("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", "Authorization", individuals.getLast());
        assertThat(erased.statusCode()).as(erased.body()).isBetween(200, 204);
        JsonObject after = openData();
        assertThat(validate(after).getValid()).isTrue();
        JsonObject erasures = period(after, false).getJsonObject("erasureRequestsHonoured");
        assertThat(erasures.getBoolean("suppressed")).isTrue();
        assertThat(erasures.getValue("value")).isNull();
    }

    @Test
    @Order(4)
    @DisplayName("An open-data address with another suffix is 404, the schema is served as the file in the repository, and an unchanged report is served again")
    void badSuffixAndSchema() throws Exception {
        assertThat(openData().getString("generatedAt")).as("nothing changed: the kept report").isEqualTo(openData().getString("generatedAt"));
        assertThat(http.get("/api/v1/open-data/transparency.xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/open-data/transparency").statusCode()).isEqualTo(404);
        HttpResponse<String> schema = http.get("/api/v1/open-data/transparency-v1.schema.json");
        assertThat(schema.statusCode()).isEqualTo(200);
        try (var in = org.hearth.reporting.transparency.TransparencyRoutes.class.getResourceAsStream("/open-data/transparency-v1.schema.json")) {
            assertThat(new JsonObject(schema.body())).isEqualTo(new JsonObject(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        assertThat(new JsonObject(schema.body()).getString("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    @Order(5)
    @DisplayName("A visitor reads where the money goes in words and tables with captions, in English and French, on a 320-px phone")
    void pageInBothLanguages() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            browser.manage().window().setSize(new Dimension(320, 900));
            String base = "http://localhost:" + platform.port();
            Browser.open(browser, base + "/transparency?lang=en", Browser.shows(By.tagName("main"), "Where the money goes"));
            String main = Browser.text(browser, By.tagName("main"));
            assertThat(main).contains("The service earned £12,500.00 and spent £5,500.00, leaving a surplus of £7,000.00.")
                    .contains("It kept £7,000.00 in its mission").contains("No dividend was paid.").contains("£2,450.00")
                    .contains("Income by source, 1 Apr 2023 to 31 Mar 2024")
                    .contains("Subscriptions").contains("Grants").contains("Staff").contains("None yet").contains("fewer than 10");
            assertThat(browser.findElements(By.cssSelector("table caption")).size()).isGreaterThanOrEqualTo(10);
            assertThat(browser.findElements(By.cssSelector("table")).size()).isEqualTo(browser.findElements(By.cssSelector("table caption")).size());
            assertThat(Browser.attribute(browser, By.cssSelector("#downloads a[href$='transparency.csv']"), "href")).endsWith("/api/v1/open-data/transparency.csv");
            assertThat(main).doesNotContain("dpv:").doesNotContain("{").contains("Service provision");
            Browser.await(browser, "a 320 px wide window", d -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= 330);
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the transparency page fits 320 px without scrolling sideways").isTrue();
            browser.executeScript("document.querySelector('table.revenue').scrollIntoView()");
            java.nio.file.Files.write(java.nio.file.Path.of("target/transparency-320.png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

            Browser.open(browser, base + "/transparency?lang=fr", Browser.shows(By.tagName("main"), "Où va l'argent"));
            String french = Browser.text(browser, By.tagName("main"));
            assertThat(french).contains("Le service a gagné").contains("Abonnements").contains("Subventions").contains("moins de 10")
                    .contains("Aucune pour l'instant");
            assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        } finally {
            browser.quit();
        }
    }
}
