package org.hearth.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Pdf;
import org.junit.jupiter.api.Test;

/** The CSV of a table and the PDF of a report, from the same model the page shows. */
class AnnualReportDocumentsTest {

    private static final String DIGEST = "ab".repeat(32);

    private static AnnualReport approved() {
        ReportTable revenue = new ReportTable("revenue", List.of("code", "account", "amount"), List.of(
                List.of(Cell.text("4000"), Cell.text("Subscriptions, yearly"), Cell.money(Money.of("11234.56", "GBP"))),
                List.of(Cell.text("4300"), Cell.text("Grants \"core\""), Cell.money(Money.of("2500.00", "GBP")))));
        ReportTable cap = ReportTable.facts("dividend_cap", List.of(
                AccountsPart.fact("capRate", Cell.rate(new java.math.BigDecimal("0.35"))),
                AccountsPart.fact("cap", Cell.money(null)),
                AccountsPart.fact("working", Cell.text("=35% of 7534.56"))));
        return new AnnualReport(UUID.randomUUID(), LocalDate.parse("2023-04-01"), LocalDate.parse("2024-03-31"), "uk-cic",
                "Sample Community Interest Company", "GBP",
                List.of(new ReportPart("accounts", List.of(), List.of(revenue)),
                        new ReportPart("community_benefit", List.of("community_benefit"), List.of()),
                        new ReportPart("dividends", List.of(), List.of(cap))),
                Map.of("community_benefit", new Narrative("community_benefit", "We kept 2,500 people's records safe.", "ada@board.example",
                        Instant.parse("2024-05-01T10:15:00Z"))),
                new Approval(UUID.randomUUID(), "Approve the annual report 2023-24", LocalDate.parse("2024-05-10")), DIGEST);
    }

    @Test
    void aTablesCsvHasItsColumnsThenItsRowsInMachineForm() {
        AnnualReport report = approved();
        assertThat(ReportCsv.of(report.table("revenue").orElseThrow())).isEqualTo(
                "code,account,amount\r\n4000,\"Subscriptions, yearly\",11234.56\r\n4300,\"Grants \"\"core\"\"\",2500.00\r\n");
        assertThat(ReportCsv.of(report.table("dividend_cap").orElseThrow())).as("row names by key, no formula, nothing for no value")
                .isEqualTo("item,value\r\ncapRate,0.35\r\ncap,\r\nworking,'=35% of 7534.56\r\n");
    }

    @Test
    void thePdfPrintsTheFiguresTheNarrativeWithItsAuthorAndTheApprovalWithTheDigest() throws IOException {
        String en = text(Pdf.of(AnnualReportPages.print(Messages.of("en"), approved())));
        assertThat(en).contains("Annual community interest report").contains("Sample Community Interest Company")
                .contains("Revenue by source").contains("11,234.56").contains("We kept 2,500 people's records safe.")
                .contains("Written by ada@board.example").contains("Approved by resolution “Approve the annual report 2023-24”")
                .contains("content digest sha256:" + DIGEST).contains("35%");
        String fr = text(Pdf.of(AnnualReportPages.print(Messages.of("fr"), approved())));
        assertThat(fr).contains("Produits par origine").contains("Écrit par ada@board.example").contains("empreinte du contenu sha256:" + DIGEST)
                .contains("11\u00a0234,56");
        System.out.println("annual report PDF (en), first lines: " + en.lines().limit(6).toList());
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
