package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The operator's ledger pages and the board's pages in a real headless Chromium. */
class GovernancePagesIT {

    private static Platform platform;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(Map.of());
        platform.modules().staff().add("ops@hearth.example", "operator in the browser", Set.of("operator"));
        platform.modules().staff().add("chair@hearth.example", "chair in the browser", Set.of("board"));
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

    private static void signIn(String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/staff/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        submit("main form button[type=submit]");
    }

    private static void submit(String css) {
        Browser.clickAndWait(browser, By.cssSelector(css));
    }

    private static void setDate(String id, String value) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    @DisplayName("An operator opens a year, posts entries, is told why one is refused, closes the year; the board sees the cap and votes")
    void ledgerAndBoard() throws Exception {
        signIn("ops@hearth.example", "operator in the browser");
        browser.get(base + "/governance/ledger");
        setDate("startsOn", "2023-04-01");
        submit("form[action='/governance/ledger/years'] button");
        assertThat(browser.findElement(By.id("years")).getText()).contains("2023-04-01 to 2024-03-31").contains("open");

        postEntry("2023-05-01", "revenue", "Tenant subscriptions", "1000", "4000", "900.00");
        assertThat(browser.findElement(By.id("entries")).getText()).contains("Tenant subscriptions").contains("4000 Cr 900.00");
        postEntry("2023-05-02", "adjustment", "Pay ourselves", "3100", "1000", "100.00");
        assertThat(browser.findElement(By.id("error")).getText()).contains("moves only through its governed operation");
        assertThat(browser.findElement(By.id("entries")).getText()).doesNotContain("Pay ourselves");

        submit("#years form button");
        assertThat(browser.findElement(By.id("years")).getText()).contains("closed").contains("900.00").contains("2024-04-01 to 2025-03-31");

        browser.findElement(By.id("lender")).sendKeys("Social Investment Fund");
        setDate("agreementDate", "2024-04-15");
        setDate("receivedOn", "2024-05-01");
        browser.findElement(By.id("principal")).sendKeys("25000.00");
        submit("#new-loan button");
        assertThat(browser.findElement(By.id("entries")).getText()).contains("Loan from Social Investment Fund").contains("2200 Cr 25000.00");

        Staff treasurer = Staff.signIn(platform, "treasurer@hearth.example", "treasurer over the api", Set.of("operator"));
        String year = treasurer.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(0).getString("id");
        String project = treasurer.post("/api/v1/governance/projects", "{\"name\":\"Repair café\",\"description\":\"Fix things together\"}", 201)
                .getString("id");
        treasurer.post("/api/v1/governance/projects/" + project + "/allocations", "{\"yearId\":\"" + year + "\",\"date\":\"2024-06-01\",\"amount\":\"200.00\"}", 201);
        Staff chair = Staff.signIn(platform, "secretary@hearth.example", "secretary of the board", Set.of("board"));
        for (String[] m : new String[][] {{"Ada", "individuals"}, {"Acme Bank", "organisations"}}) {
            chair.post("/api/v1/board/members", "{\"name\":\"" + m[0] + "\",\"college\":\"" + m[1] + "\",\"joinedOn\":\"2023-01-01\"}", 201);
        }

        signIn("chair@hearth.example", "chair in the browser");
        browser.get(base + "/board");
        assertThat(browser.findElement(By.id("year-2023-04-01")).getText()).contains("closed").contains("900.00");
        assertThat(browser.findElement(By.cssSelector("#year-2023-04-01 .cap")).getText()).isEqualTo("315.00");
        assertThat(browser.findElement(By.cssSelector("#year-2023-04-01 .headroom")).getText()).isEqualTo("315.00");
        assertThat(browser.findElement(By.cssSelector("#year-2023-04-01 .reinvestment")).getText()).contains("100.0%").contains("minimum 65.0%");
        assertThat(browser.findElement(By.id("projects")).getText()).contains("Repair café").contains("200.00");

        browser.get(base + "/board/resolutions");
        setDate("heldOn", "2024-06-30");
        browser.findElement(By.id("title")).sendKeys("Annual general meeting 2024");
        submit("form[action='/board/meetings'] button");
        new Select(browser.findElement(By.id("subject"))).selectByVisibleText("annual_report");
        browser.findElement(By.id("rtitle")).sendKeys("Approve the 2023 report");
        browser.findElement(By.id("body")).sendKeys("The members approve the annual report for 2023.");
        submit("form[action='/board/resolutions'] button");
        for (int i = 0; i < 2; i++) {
            submit(".resolution form[action$='/votes'] button");
        }
        assertThat(main()).contains("Votes recorded: 2");
        submit(".resolution form[action$='/result'] button");
        assertThat(browser.findElement(By.cssSelector(".resolution .outcome")).getText()).isEqualTo("passed");
        assertThat(browser.findElement(By.cssSelector(".resolution .tally")).getText()).contains("in favour");
        Files.write(Path.of("target/governance-board.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(base + "/governance/ledger");
        assertThat(main()).as("the board cannot reach the operators' ledger page").doesNotContain("New entry");
    }

    private static void postEntry(String date, String kind, String description, String debit, String credit, String amount) {
        setDate("date", date);
        new Select(browser.findElement(By.id("ekind"))).selectByVisibleText(kind);
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("justification")).sendKeys("DOC-" + date);
        new Select(browser.findElement(By.id("debit"))).selectByValue(debit);
        new Select(browser.findElement(By.id("credit"))).selectByValue(credit);
        browser.findElement(By.id("amount")).sendKeys(amount);
        submit("#new-entry button");
    }
}
