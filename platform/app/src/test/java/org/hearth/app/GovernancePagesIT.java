package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** The operator's ledger pages and the board's pages in a real headless Chromium. */
class GovernancePagesIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create()
            .staff("ops@hearth.example", "operator in the browser", "operator")
            .staff("chair@hearth.example", "chair in the browser", "board");

    private static void signIn(String email, String password) {
        web.signIn("/staff/login", email, password);
    }

    /** Submits the form whose button {@code css} selects and waits for the next page, on which {@code arrived} holds. */
    private static void submit(String css, ExpectedCondition<?> arrived) {
        Browser.navigate(web.browser(), By.cssSelector(css), arrived);
    }

    private static void setDate(String id, String value) {
        Browser.setValue(web.browser(), id, value);
    }

    private static String text(By by) {
        return Browser.text(web.browser(), by);
    }

    private static String main() {
        return text(By.tagName("main"));
    }

    @Test
    @DisplayName("An operator opens a year, posts entries, is told why one is refused, closes the year; the board sees the cap and votes")
    void ledgerAndBoard() throws Exception {
        signIn("ops@hearth.example", "operator in the browser");
        Browser.open(web.browser(), web.base() + "/governance/ledger", Browser.present(By.id("startsOn")));
        setDate("startsOn", "2023-04-01");
        submit("form[action='/governance/ledger/years'] button", Browser.present(By.id("years")));
        assertThat(text(By.id("years"))).contains("2023-04-01 to 2024-03-31").contains("open");

        postEntry("2023-05-01", "revenue", "Tenant subscriptions", "1000", "4000", "900.00", Browser.present(By.id("entries")));
        assertThat(text(By.id("entries"))).contains("Tenant subscriptions").contains("4000 Cr 900.00");
        postEntry("2023-05-02", "adjustment", "Pay ourselves", "3100", "1000", "100.00", Browser.present(By.id("error")));
        assertThat(text(By.id("error"))).contains("moves only through its governed operation");
        assertThat(text(By.id("entries"))).doesNotContain("Pay ourselves");

        // Closing a year asks first, on a page that says what it books.
        submit("#years a.button", Browser.present(By.id("confirm")));
        assertThat(text(By.id("question"))).contains("Close the financial year");
        submit("#confirm", Browser.present(By.id("years")));
        assertThat(text(By.id("years"))).contains("closed").contains("900.00").contains("2024-04-01 to 2025-03-31");

        Browser.type(web.browser(), By.id("lender"), "Social Investment Fund");
        setDate("agreementDate", "2024-04-15");
        setDate("receivedOn", "2024-05-01");
        Browser.type(web.browser(), By.id("principal"), "25000.00");
        submit("#new-loan button", Browser.present(By.id("entries")));
        assertThat(text(By.id("entries"))).contains("Loan from Social Investment Fund").contains("2200 Cr 25000.00");

        Staff treasurer = Staff.signIn(web.platform(), "treasurer@hearth.example", "treasurer over the api", Set.of("operator"));
        String year = treasurer.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(0).getString("id");
        String project = treasurer.post("/api/v1/governance/projects", "{\"name\":\"Repair café\",\"description\":\"Fix things together\"}", 201)
                .getString("id");
        treasurer.post("/api/v1/governance/projects/" + project + "/allocations", "{\"yearId\":\"" + year + "\",\"date\":\"2024-06-01\",\"amount\":\"200.00\"}", 201);
        Staff chair = Staff.signIn(web.platform(), "secretary@hearth.example", "secretary of the board", Set.of("board"));
        for (String[] m : new String[][] {{"Ada", "individuals"}, {"Acme Bank", "organisations"}}) {
            chair.post("/api/v1/board/members", "{\"name\":\"" + m[0] + "\",\"college\":\"" + m[1] + "\",\"joinedOn\":\"2023-01-01\"}", 201);
        }

        signIn("chair@hearth.example", "chair in the browser");
        Browser.open(web.browser(), web.base() + "/board", Browser.present(By.id("projects")));
        assertThat(text(By.id("year-2023-04-01"))).contains("closed").contains("900.00");
        assertThat(text(By.cssSelector("#year-2023-04-01 .cap"))).isEqualTo("315.00");
        assertThat(text(By.cssSelector("#year-2023-04-01 .headroom"))).isEqualTo("315.00");
        assertThat(text(By.cssSelector("#year-2023-04-01 .reinvestment"))).contains("100.0%").contains("minimum 65.0%");
        assertThat(text(By.id("projects"))).contains("Repair café").contains("200.00");

        Browser.open(web.browser(), web.base() + "/board/resolutions", Browser.present(By.id("heldOn")));
        setDate("heldOn", "2024-06-30");
        Browser.type(web.browser(), By.id("title"), "Annual general meeting 2024");
        submit("form[action='/board/meetings'] button", Browser.present(By.id("subject")));
        Browser.selectText(web.browser(), By.id("subject"), "annual_report");
        Browser.type(web.browser(), By.id("rtitle"), "Approve the 2023 report");
        Browser.type(web.browser(), By.id("body"), "The members approve the annual report for 2023.");
        submit("form[action='/board/resolutions'] button", Browser.present(By.cssSelector(".resolution form[action$='/votes'] button")));
        for (int i = 1; i <= 2; i++) {
            // each vote is a new page that counts it: waiting on the count, not on the old page going away
            submit(".resolution form[action$='/votes'] button", Browser.shows(By.tagName("main"), "Votes recorded: " + i));
        }
        assertThat(main()).contains("Votes recorded: 2");
        submit(".resolution form[action$='/result'] button", Browser.present(By.cssSelector(".resolution .outcome")));
        assertThat(text(By.cssSelector(".resolution .outcome"))).isEqualTo("passed");
        assertThat(text(By.cssSelector(".resolution .tally"))).contains("in favour");
        Files.write(Path.of("target/governance-board.png"), web.browser().getScreenshotAs(OutputType.BYTES));

        Browser.open(web.browser(), web.base() + "/governance/ledger", Browser.present(By.tagName("main")));
        assertThat(main()).as("the board cannot reach the operators' ledger page").doesNotContain("New entry");
    }

    private static void postEntry(String date, String kind, String description, String debit, String credit, String amount,
            ExpectedCondition<?> arrived) {
        setDate("date", date);
        Browser.selectText(web.browser(), By.id("ekind"), kind);
        Browser.type(web.browser(), By.id("description"), description);
        Browser.type(web.browser(), By.id("justification"), "DOC-" + date);
        Browser.select(web.browser(), By.id("debit"), debit);
        Browser.select(web.browser(), By.id("credit"), credit);
        Browser.type(web.browser(), By.id("amount"), amount);
        submit("#new-entry button", arrived);
    }
}
