package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The GDPR evidence on a real server and PostgreSQL: the Article 30 record of processing (JSON,
 * page, PDF) for operators, and the Article 15 access report (page, PDF) of the signed-in
 * individual, with an organisation that asked for data, an individual who agreed and a read.
 */
class GdprEvidenceIT {

    private static final String EMAIL = "report@gdpr.example";
    private static final String PASSWORD = "my access report pass";
    private static final String OTHER = "other@gdpr.example";
    private static final String OTHER_PASSWORD = "another person pass";
    private static final String TITLE = "Gas bill of March";

    private static Platform platform;
    private static Http http;
    private static Staff operator;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_DPO_CONTACT", "Camille Martin, dpo@hearth.example"));
        http = new Http(platform.port());
        String individual = Http.bearer(TestPlatform.individual(http, EMAIL, PASSWORD));
        TestPlatform.individual(http, OTHER, OTHER_PASSWORD);
        HttpResponse<String> record = http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:note/v1\",\"category\":\"dpv-pd:Utility\","
                + "\"title\":\"" + TITLE + "\",\"data\":{\"supplier\":\"Northern Gas\",\"amount\":\"61.20\"}}", "Authorization", individual);
        assertThat(record.statusCode()).as(record.body()).isEqualTo(201);
        String tenant = Tenants.register(http, "Northern Power");
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]", "Your energy bills");
        HttpResponse<String> read = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Eventually.await(Duration.ofSeconds(10), "the read is in the access log", () -> http.get("/api/v1/me/access-log", "Authorization", individual)
                .body().contains("\"read\""));
        operator = Staff.signIn(platform, "ops@gdpr.example", "operator of the record", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static Http signedIn(String email, String password) {
        Http session = new Http(platform.port());
        session.login("/login", email, password);
        return session;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("The record of processing names the organisation's data request with its purpose, categories and basis in words, and counts the accounts")
    void processingRecordJson() {
        JsonObject record = operator.get("/api/v1/operator/gdpr/processing-activities");
        JsonArray processor = record.getJsonArray("processorActivities");
        assertThat(processor).hasSize(1);
        JsonObject entry = processor.getJsonObject(0);
        assertThat(entry.getString("tenantName")).isEqualTo("Northern Power");
        assertThat(entry.getString("title")).isEqualTo("Your energy bills");
        assertThat(entry.getJsonObject("purpose").getString("code")).isEqualTo("dpv:ServiceProvision");
        assertThat(entry.getJsonObject("purpose").getString("label")).isEqualTo("Providing a service the individual asked for");
        assertThat(entry.getJsonArray("dataCategories").getJsonObject(0).getString("label")).isEqualTo("Utilities and bills");
        assertThat(entry.getJsonObject("lawfulBasis").getString("label")).isEqualTo("Contract (Article 6(1)(b))");
        assertThat(entry.getJsonArray("recipients").getList()).containsExactly("Northern Power");
        assertThat(entry.getString("transfers")).isEqualTo("None declared");
        assertThat(entry.getLong("liveAgreements")).isEqualTo(1L);
        JsonObject accounts = record.getJsonArray("controllerActivities").getJsonObject(0);
        assertThat(accounts.getString("activity")).isEqualTo("accounts");
        assertThat(accounts.getLong("dataSubjectCount")).isEqualTo(2L);
        assertThat(record.getJsonArray("securityMeasures").encode()).contains("Argon2id").contains("row-level security");
        assertThat(record.getJsonObject("controller").getString("name")).isNotBlank();
        assertThat(record.getJsonObject("controller").getString("country")).isEqualTo("FR");
        assertThat(record.getJsonObject("controller").getString("dataProtectionOfficer")).as("HEARTH_DPO_CONTACT, art. 30(1)(a)")
                .isEqualTo("Camille Martin, dpo@hearth.example");
    }

    @Test
    @DisplayName("Only operators get the record of processing: no credential is 401, an individual or the board is 403, and the page refuses them too")
    void processingRecordRefusesOthers() {
        assertThat(new Http(platform.port()).get("/api/v1/operator/gdpr/processing-activities").statusCode()).isEqualTo(401);
        String token = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic(OTHER, OTHER_PASSWORD))).getString("token"));
        assertThat(http.get("/api/v1/operator/gdpr/processing-activities", "Authorization", token).statusCode()).isEqualTo(403);
        Staff board = Staff.signIn(platform, "board@gdpr.example", "member of the board", Set.of("board"));
        assertThat(board.http.get("/api/v1/operator/gdpr/processing-activities").statusCode()).isEqualTo(403);
        HttpResponse<String> page = board.http.get("/staff/gdpr/processing", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Northern Power");
        HttpResponse<String> anonymous = new Http(platform.port()).get("/staff/gdpr/processing.pdf", "Accept", "text/html");
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotStartWith("%PDF");
    }

    @Test
    @DisplayName("The operator's record of processing prints as a PDF naming the organisation and its purpose in words")
    void processingRecordPdf() throws Exception {
        HttpResponse<byte[]> pdf = operator.http.getBytes("/staff/gdpr/processing?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(pdfText(pdf.body())).contains("Northern Power").contains("Providing a service the individual asked for");
    }

    @Test
    @DisplayName("The access report lists the individual's record, the organisation they agreed with by name, and its read; never cached")
    void accessReportPage() {
        Http me = signedIn(EMAIL, PASSWORD);
        HttpResponse<String> page = me.get("/account/access-report?lang=en", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        String body = page.body();
        assertThat(body).contains(TITLE).contains("supplier: Northern Gas").contains("Entered by you");
        assertThat(body).contains("<th scope=\"row\">Northern Power</th>").contains("Providing a service the individual asked for");
        assertThat(between(body, "id=\"accesses\"", "</table>")).contains("Northern Power").contains("Read · Utilities and bills")
                .contains("<td>Providing a service the individual asked for</td>").doesNotContain("dpv:");
        assertThat(body).contains("href=\"/account/delete\"").contains("href=\"/account/export\"").contains("href=\"/account/agreements\"")
                .contains("ico.org.uk");
    }

    @Test
    @DisplayName("The access report PDF starts with %PDF and carries the individual's own record and the organisation")
    void accessReportPdf() throws Exception {
        Http me = signedIn(EMAIL, PASSWORD);
        HttpResponse<byte[]> pdf = me.getBytes("/account/access-report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(pdfText(pdf.body())).contains(TITLE).contains("Northern Power");
    }

    @Test
    @DisplayName("Another individual's report shows none of the first one's data, and nobody signed out gets a report")
    void accessReportIsOwnOnly() {
        Http other = signedIn(OTHER, OTHER_PASSWORD);
        String body = other.get("/account/access-report?lang=en", "Accept", "text/html").body();
        assertThat(body).contains("You have no records yet.").contains("You have accepted no agreement");
        assertThat(body).doesNotContain(TITLE).doesNotContain("Northern Power");
        String pdf = new String(other.getBytes("/account/access-report.pdf").body(), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF");
        Http anonymous = new Http(platform.port());
        HttpResponse<String> page = anonymous.get("/account/access-report", "Accept", "text/html");
        assertThat(page.statusCode()).isNotEqualTo(200);
        assertThat(page.body()).doesNotContain(TITLE);
        HttpResponse<byte[]> refused = anonymous.getBytes("/account/access-report.pdf");
        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(new String(refused.body(), StandardCharsets.ISO_8859_1)).doesNotStartWith("%PDF");
        Staff staff = Staff.signIn(platform, "ops2@gdpr.example", "an operator again", Set.of("operator"));
        assertThat(staff.http.get("/account/access-report", "Accept", "text/html").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("In Chromium, both pages read in English and in French, and the report is linked from the individual's navigation")
    void bothPagesInBothLanguages() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            String base = "http://localhost:" + platform.port();
            Browser.open(browser, base + "/login?lang=en", Browser.present(By.id("password")));
            Browser.type(browser, By.id("email"), EMAIL);
            Browser.type(browser, By.id("password"), PASSWORD);
            Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), d -> !d.getCurrentUrl().contains("/login"));
            Browser.navigate(browser, By.linkText("My access report"), Browser.present(By.id("right-list")));
            assertThat(Browser.text(browser, By.tagName("h1"))).contains("My access report");
            assertThat(Browser.text(browser, By.id("accesses"))).contains("Northern Power").contains("Read");
            assertThat(Browser.text(browser, By.id("agreement-list"))).contains("Northern Power").contains("Providing a service the individual asked for");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
            Browser.open(browser, base + "/account/access-report?lang=en", Browser.present(By.id("right-list")));
            Number[] widths = {(Number) browser.executeScript("return document.documentElement.scrollWidth"),
                    (Number) browser.executeScript("return window.innerWidth")};
            assertThat(widths[0].intValue()).as("no sideways scrolling on a narrow phone").isLessThanOrEqualTo(widths[1].intValue());
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
            Browser.open(browser, base + "/account/access-report?lang=fr", Browser.shows(By.tagName("h1"), "Mon rapport d'accès"));
            assertThat(Browser.text(browser, By.id("right-list"))).contains("Effacement").contains("Portabilité").contains("Réclamation");
            assertThat(Browser.text(browser, By.id("accesses"))).contains("Lecture · Énergie et factures");

            browser.manage().deleteAllCookies();
            Browser.open(browser, base + "/staff/login?lang=en", Browser.present(By.id("password")));
            Browser.type(browser, By.id("email"), "ops@gdpr.example");
            Browser.type(browser, By.id("password"), "operator of the record");
            Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), d -> !d.getCurrentUrl().contains("/login"));
            Browser.navigate(browser, By.linkText("Record of processing"), Browser.present(By.id("measures")));
            assertThat(Browser.text(browser, By.tagName("main"))).contains("Northern Power: Your energy bills").contains("Individuals' accounts");
            Browser.open(browser, base + "/staff/gdpr/processing?lang=fr", Browser.present(By.id("measures")));
            assertThat(Browser.text(browser, By.tagName("main"))).contains("Registre des activités de traitement").contains("Fournir un service demandé par la personne")
                    .contains("Aucun déclaré");
        } finally {
            browser.quit();
        }
    }
}
