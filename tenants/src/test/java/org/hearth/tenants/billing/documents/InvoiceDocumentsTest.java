package org.hearth.tenants.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The three forms of an invoice, checked the way a customer's software would: the PDF opened with
 * PDFBox, its embedded XML, and Mustang's validator (veraPDF for PDF/A-3, the EN 16931 schematron
 * for the XML). Validation takes about 8 s the first time (the schematron compiles) and 2–3 s after,
 * so each document is made and validated once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceDocumentsTest {

    private final InvoiceDocuments documents = new InvoiceDocuments("Hearth");
    private byte[] frenchPdf;

    @BeforeAll
    void makeTheStandardInvoice() {
        frenchPdf = documents.pdf(Invoices.standard(), "fr");
    }

    @Test
    void thePdfShowsTheNumberAndTotalsInFrench() throws IOException {
        String text = text(frenchPdf);

        assertThat(text).contains("Facture HE-2026-000042", "Net à payer", "237,26 €", "197,72 €", "39,54 €",
                "Période facturée", "du 1 nov. 2026 au 30 nov. 2026", "FR7630006000011234567890189", Invoices.COMMUNITY_NOTE);
        assertThat(text).doesNotContain("Invoice", "Amount due");
        try (PDDocument pdf = Loader.loadPDF(frenchPdf)) {
            assertThat(pdf.getNumberOfPages()).as("a three-line invoice fits on one A4 page").isEqualTo(1);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
        }
    }

    @Test
    void thePdfShowsTheNumberAndTotalsInEnglish() throws IOException {
        String text = text(documents.pdf(Invoices.standard(), "en"));

        assertThat(text).contains("Invoice HE-2026-000042", "Amount due", "€237.26", "€197.72", "€39.54", "1 Nov 2026 to 30 Nov 2026");
        assertThat(text).doesNotContain("Facture", "Net à payer");
    }

    @Test
    void thePdfCarriesTheXmlAsFacturXAndValidatesAsEn16931() throws IOException {
        Map<String, byte[]> attachments = attachments(frenchPdf);

        assertThat(attachments).containsOnlyKeys("factur-x.xml");
        assertThat(new String(attachments.get("factur-x.xml"), StandardCharsets.UTF_8))
                .isEqualTo(new String(documents.xml(Invoices.standard()), StandardCharsets.UTF_8))
                .contains("urn:cen.eu:en16931:2017");
        Validation validation = documents.validate(frenchPdf);
        assertThat(validation.errors()).isEmpty();
        assertThat(validation.valid()).isTrue();
        assertThat(validation.report()).contains("<pdf>", "<xml>").doesNotContain("status=\"invalid\"");
        try (PDDocument pdf = Loader.loadPDF(frenchPdf)) {
            assertThat(pdf.getDocumentCatalog().getMetadata().toByteArray()).asString(StandardCharsets.UTF_8)
                    .contains("<pdfaid:part>3</pdfaid:part>", "factur-x.xml", "EN 16931");
        }
    }

    @Test
    void theXmlStatesTheInvoicesAmountsExactly() {
        XmlAmounts amounts = XmlAmounts.of(documents.xml(Invoices.standard()));

        assertThat(amounts.typeCode()).isEqualTo("380");
        assertThat(amounts.lineNets()).containsExactly(Map.entry("1", new BigDecimal("49.00")),
                Map.entry("2", new BigDecimal("130.20")), Map.entry("3", new BigDecimal("18.52")));
        assertThat(amounts.taxes()).containsExactly(new XmlAmounts.Tax("S", new BigDecimal("20.00"),
                new BigDecimal("197.72"), new BigDecimal("39.54")));
        assertThat(List.of(amounts.lineTotal(), amounts.taxBasis(), amounts.vatTotal(), amounts.grandTotal(), amounts.prepaid(), amounts.due()))
                .containsExactly(new BigDecimal("197.72"), new BigDecimal("197.72"), new BigDecimal("39.54"),
                        new BigDecimal("237.26"), new BigDecimal("0.00"), new BigDecimal("237.26"));
    }

    @Test
    void aReverseChargeInvoiceValidatesWithItsReasonAndBothVatIds() {
        byte[] xml = documents.xml(Invoices.reverseCharge());
        String text = new String(xml, StandardCharsets.UTF_8);

        assertThat(text).contains("<ram:CategoryCode>AE</ram:CategoryCode>", "Reverse charge", "DE123456789", "FR40303265045");
        XmlAmounts amounts = XmlAmounts.of(xml);
        assertThat(List.of(amounts.lineTotal(), amounts.vatTotal(), amounts.grandTotal(), amounts.prepaid(), amounts.due()))
                .containsExactly(new BigDecimal("210.00"), new BigDecimal("0.00"), new BigDecimal("210.00"),
                        new BigDecimal("50.00"), new BigDecimal("160.00"));
        Validation validation = documents.validate(xml);
        assertThat(validation.errors()).isEmpty();
        assertThat(validation.valid()).isTrue();
    }

    @Test
    void aConsumerInvoiceAndOneOutsideTheScopeOfVatValidate() {
        byte[] consumer = documents.xml(Invoices.consumer());
        byte[] outOfScope = documents.xml(Invoices.outOfScope());

        assertThat(XmlAmounts.of(consumer).grandTotal()).isEqualByComparingTo("14.81");
        assertThat(new String(outOfScope, StandardCharsets.UTF_8)).contains("<ram:CategoryCode>O</ram:CategoryCode>", "Not subject to VAT")
                .doesNotContain("FR40303265045", "FR23334175221");
        for (byte[] xml : List.of(consumer, outOfScope)) {
            Validation validation = documents.validate(xml);
            assertThat(validation.errors()).isEmpty();
            assertThat(validation.valid()).isTrue();
        }
    }

    @Test
    void aCreditNoteValidatesAndNamesTheInvoiceItCredits() throws IOException {
        byte[] pdf = documents.pdf(Invoices.creditNote(), "en");
        byte[] xml = attachments(pdf).get("factur-x.xml");

        assertThat(text(pdf)).contains("Credit note HC-2026-000007", "invoice HE-2026-000042 of 1 Dec 2026", "Amount credited", "€156.24");
        assertThat(XmlAmounts.of(xml).typeCode()).isEqualTo("381");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<ram:IssuerAssignedID>HE-2026-000042</ram:IssuerAssignedID>");
        assertThat(XmlAmounts.of(xml).grandTotal()).isEqualByComparingTo("156.24");
        Validation validation = documents.validate(pdf);
        assertThat(validation.errors()).isEmpty();
        assertThat(validation.valid()).isTrue();
    }

    @Test
    void aDocumentWhoseTotalsDoNotAddUpIsReportedInvalid() {
        String xml = new String(documents.xml(Invoices.standard()), StandardCharsets.UTF_8);
        String broken = xml.replace("<ram:GrandTotalAmount>237.26</ram:GrandTotalAmount>", "<ram:GrandTotalAmount>237.27</ram:GrandTotalAmount>");
        assertThat(broken).isNotEqualTo(xml);

        Validation validation = documents.validate(broken.getBytes(StandardCharsets.UTF_8));

        assertThat(validation.valid()).isFalse();
        assertThat(validation.errors()).extracting(Validation.Problem::rule).contains("BR-CO-15");
        assertThat(validation.errors()).allSatisfy(p -> assertThat(p.part()).isEqualTo("xml"));
    }

    @Test
    void somethingThatIsNotAnInvoiceIsReportedInvalid() {
        Validation validation = documents.validate("<html><body>an invoice</body></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(validation.valid()).isFalse();
        assertThat(validation.errors()).isNotEmpty();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    private static Map<String, byte[]> attachments(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, byte[]> files = new HashMap<>();
            PDEmbeddedFilesNameTreeNode tree = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            collect(tree, files);
            return files;
        }
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, Map<String, byte[]> files) throws IOException {
        if (node.getNames() != null) {
            for (Map.Entry<String, PDComplexFileSpecification> entry : node.getNames().entrySet()) {
                files.put(entry.getKey(), entry.getValue().getEmbeddedFile().toByteArray());
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                collect(kid, files);
            }
        }
    }
}
