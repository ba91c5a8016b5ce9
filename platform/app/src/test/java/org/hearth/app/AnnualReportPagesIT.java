package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/** The board writes the annual report's narratives in a real headless Chromium, in English and French, until the members approve it. */
class AnnualReportPagesIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create().staff("chair@hearth.example", "chair of the board", "board");

    private static String text(By by) {
        return Browser.text(web.browser(), by);
    }

    @Test
    @DisplayName("A board member writes the community-benefit part, sees it with their name in English and French; once approved it is frozen with its digest")
    void boardWritesTheReport() throws Exception {
        Staff treasurer = Staff.signIn(web.platform(), "treasurer@hearth.example", "treasurer of the books", Set.of("operator"));
        String year = treasurer.post("/api/v1/governance/years", "{\"startsOn\":\"2023-04-01\"}", 201).getString("id");
        treasurer.entry("2023-05-01", "revenue", "1000", "4000", "900.00");
        treasurer.entry("2023-06-01", "cost", "5100", "1000", "150.00");
        assertThat(treasurer.post("/api/v1/governance/years/" + year + "/closing", "{}").statusCode()).isBetween(200, 201);

        web.signIn("/staff/login", "chair@hearth.example", "chair of the board");

        Browser.open(web.browser(), web.base() + "/board/reports", Browser.present(By.id("years")));
        assertThat(text(By.id("year-2023-04-01"))).contains("draft");
        Browser.navigate(web.browser(), By.cssSelector("#year-2023-04-01 a"), Browser.present(By.id("text-community_benefit")));
        assertThat(text(By.id("report-status"))).contains("Draft");
        assertThat(text(By.id("table-revenue"))).contains("4000").contains("900.00");
        assertThat(text(By.id("table-result"))).contains("Result of the year").contains("750.00");

        Browser.type(web.browser(), By.id("text-community_benefit"), "We kept the records of 1,200 people safe and in their hands.");
        Browser.navigate(web.browser(), By.cssSelector("form[action$='/narratives/community_benefit'] button"),
                Browser.shows(By.id("narrative-community_benefit"), "Written by chair@hearth.example"));
        assertThat(text(By.cssSelector("#narrative-community_benefit .body"))).isEqualTo("We kept the records of 1,200 people safe and in their hands.");
        assertThat(text(By.id("table-history"))).contains("chair@hearth.example").contains("1,200 people");

        Browser.navigate(web.browser(), By.cssSelector("form[action$='/narratives/consultation'] button"), Browser.present(By.id("text-consultation-error")));
        assertThat(text(By.id("text-consultation-error"))).contains("write some text first");

        Browser.open(web.browser(), web.base() + "/board/reports/2023-04-01?lang=fr", Browser.shows(By.tagName("main"), "Écrit par chair@hearth.example"));
        assertThat(text(By.tagName("h1"))).contains("Rapport annuel");
        assertThat(text(By.id("report-status"))).contains("Projet");
        assertThat(text(By.cssSelector("#narrative-community_benefit .body"))).contains("1,200 people");
        Files.write(Path.of("target/annual-report-fr.png"), web.browser().getScreenshotAs(OutputType.BYTES));

        Staff chair = Staff.signIn(web.platform(), "secretary@hearth.example", "secretary of the board", Set.of("board"));
        JsonObject draft = chair.get("/api/v1/reports/annual/2023-04-01");
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getJsonObject("narratives").getJsonObject("community_benefit").getString("author")).isEqualTo("chair@hearth.example");

        String meeting = chair.post("/api/v1/board/meetings", "{\"heldOn\":\"2024-06-30\",\"kind\":\"general\",\"title\":\"AGM 2024\"}", 201).getString("id");
        String resolution = chair.post("/api/v1/board/meetings/" + meeting + "/resolutions",
                "{\"kind\":\"ordinary\",\"subject\":\"annual_report\",\"title\":\"Approve the 2023 report\",\"body\":\"Approved.\"}", 201).getString("id");
        for (String[] m : new String[][] {{"Ada", "individuals"}, {"Acme Bank", "organisations"}}) {
            String member = chair.post("/api/v1/board/members", "{\"name\":\"" + m[0] + "\",\"college\":\"" + m[1] + "\",\"joinedOn\":\"2023-01-01\"}", 201)
                    .getString("id");
            chair.post("/api/v1/board/resolutions/" + resolution + "/votes", "{\"memberId\":\"" + member + "\",\"choice\":\"for\"}", 201);
        }
        chair.post("/api/v1/board/resolutions/" + resolution + "/result", "{}", 200);
        HttpResponse<String> approval = treasurer.post("/api/v1/governance/years/" + year + "/annual-report-approval",
                "{\"resolutionId\":\"" + resolution + "\"}");
        assertThat(approval.statusCode()).as(approval.body()).isBetween(200, 201);

        Browser.open(web.browser(), web.base() + "/board/reports/2023-04-01?lang=en", Browser.present(By.id("report-digest")));
        assertThat(text(By.id("report-status"))).contains("Approved by resolution “Approve the 2023 report” on 30 Jun 2024");
        String digest = text(By.id("report-digest"));
        assertThat(digest).matches("content digest sha256:[0-9a-f]{64}");
        assertThat(web.browser().findElements(By.id("text-community_benefit"))).as("no more forms once approved").isEmpty();
        JsonObject approved = chair.get("/api/v1/reports/annual/" + year);
        assertThat(approved.getString("status")).isEqualTo("approved");
        assertThat("content digest " + approved.getString("digest")).isEqualTo(digest);

        treasurer.entry("2024-02-01", "revenue", "1000", "4000", "55.00");
        Browser.open(web.browser(), web.base() + "/board/reports/2023-04-01", Browser.present(By.id("report-digest")));
        assertThat(text(By.id("report-digest"))).as("a later posting does not change the approved report").isEqualTo(digest);
        assertThat(text(By.id("table-revenue"))).contains("900.00").doesNotContain("955.00");

        Http reader = new Http(web.platform().port());
        reader.login("/staff/login", "treasurer@hearth.example", "treasurer of the books");
        HttpResponse<String> pdf = reader.get("/board/reports/2023-04-01.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        HttpResponse<String> csv = reader.get("/board/reports/2023-04-01/revenue.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("code,account,amount\r\n4000,Subscriptions,900.00\r\n");
        assertThat(reader.get("/board/reports/2023-04-01/no_such_table.csv").statusCode()).isEqualTo(404);
        System.out.println("annual report page: " + digest);
    }
}
