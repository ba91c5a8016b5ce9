package org.hearth.tenants.billing.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/** Invoices the tests build: a French business on the standard rate, a German one under reverse charge, a credit note. */
final class Invoices {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Seller SELLER = new Seller("Hearth Commons SCIC SAS", new Address("12 rue des Communs", "69002", "Lyon", "FR"),
            "FR40303265045", "303265045", "0002", "FR7630006000011234567890189", "AGRIFRPP", "billing@hearth.example");
    static final Buyer FRENCH_BUSINESS = new Buyer("Mutuelle des Tisserands", new Address("4 place Bellecour", "69002", "Lyon", "FR"),
            Optional.of("FR23334175221"), Buyer.Kind.BUSINESS);
    static final Buyer GERMAN_BUSINESS = new Buyer("Genossenschaft Datenhaus eG", new Address("Hauptstraße 5", "10115", "Berlin", "DE"),
            Optional.of("DE123456789"), Buyer.Kind.BUSINESS);
    static final String COMMUNITY_NOTE = "Hearth Commons is a community-interest company: its surplus is reinvested in the platform.";

    private Invoices() {
    }

    static InvoiceLine line(String id, String description, String quantity, UnitCode unit, String price, String net,
                            VatCategory category, String rate) {
        return new InvoiceLine(id, description, new BigDecimal(quantity), unit, new BigDecimal(price), Money.of(net, EUR),
                category, new BigDecimal(rate));
    }

    /** 49.00 subscription + 31 × 12 agreement-days at 0.35 (130.20) + 12,345 reads at 0.0015 (18.52) = 197.72, VAT 20 % 39.54, total 237.26. */
    static InvoiceDocument standard() {
        List<InvoiceLine> lines = List.of(
                line("1", "Standard plan, November 2026", "1", UnitCode.MONTH, "49.00", "49.00", VatCategory.S, "20"),
                line("2", "Active agreements (agreement-days)", "372", UnitCode.DAY, "0.35", "130.20", VatCategory.S, "20"),
                line("3", "Consented reads", "12345", UnitCode.ONE, "0.0015", "18.52", VatCategory.S, "20"));
        return invoice(FRENCH_BUSINESS, new InvoiceNumber("HE", 2026, 42), lines, Money.of("0.00", EUR), List.of(COMMUNITY_NOTE));
    }

    /** 1,200 MB at 0.05 (60.00) + a 1.5 % commission on 10,000.00 (150.00) under reverse charge: 210.00, VAT 0, 50.00 prepaid, 160.00 due. */
    static InvoiceDocument reverseCharge() {
        List<InvoiceLine> lines = List.of(
                line("1", "Data exchanged", "1200", UnitCode.MEGABYTE, "0.05", "60.00", VatCategory.AE, "0"),
                line("2", "Commission on declared transactions", "1", UnitCode.LUMP_SUM, "150.00", "150.00", VatCategory.AE, "0"));
        return invoice(GERMAN_BUSINESS, new InvoiceNumber("HE", 2026, 43), lines, Money.of("50.00", EUR),
                List.of("Reverse charge: VAT to be accounted for by the recipient (Article 196, Directive 2006/112/EC).", COMMUNITY_NOTE));
    }

    /** A consumer (no VAT id) on the standard rate: 12.34 + 2.47 VAT = 14.81. */
    static InvoiceDocument consumer() {
        Buyer ada = new Buyer("Ada Lovelace", new Address("1 quai Claude Bernard", "69007", "Lyon", "FR"), Optional.empty(), Buyer.Kind.CONSUMER);
        List<InvoiceLine> lines = List.of(line("1", "Records delivered", "1234", UnitCode.ONE, "0.01", "12.34", VatCategory.S, "20"));
        return invoice(ada, new InvoiceNumber("HE", 2026, 44), lines, Money.of("0.00", EUR), List.of());
    }

    /** Outside the scope of VAT (a seller not registered for it, or a supply VAT does not reach): 25.00, no VAT, no VAT ids. */
    static InvoiceDocument outOfScope() {
        List<InvoiceLine> lines = List.of(line("1", "Standard plan, November 2026", "1", UnitCode.MONTH, "25.00", "25.00", VatCategory.O, "0"));
        return invoice(FRENCH_BUSINESS, new InvoiceNumber("HE", 2026, 45), lines, Money.of("0.00", EUR), List.of());
    }

    /** A credit note for line 2 of {@link #standard()}: 130.20 + 26.04 VAT = 156.24. */
    static InvoiceDocument creditNote() {
        List<InvoiceLine> lines = List.of(
                line("1", "Active agreements (agreement-days), credited", "372", UnitCode.DAY, "0.35", "130.20", VatCategory.S, "20"));
        List<VatBreakdown> vat = VatBreakdown.of(lines, c -> "");
        return new InvoiceDocument(SELLER, FRENCH_BUSINESS, new InvoiceNumber("HC", 2026, 7), DocumentType.CREDIT_NOTE,
                Optional.of(new InvoiceDocument.Credited(new InvoiceNumber("HE", 2026, 42), LocalDate.of(2026, 12, 1))),
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3), november(), EUR, lines, vat,
                Totals.of(lines, vat, Money.of("0.00", EUR)), "Credited to your account.", List.of(COMMUNITY_NOTE));
    }

    private static InvoiceDocument invoice(Buyer buyer, InvoiceNumber number, List<InvoiceLine> lines, Money prepaid, List<String> notes) {
        List<VatBreakdown> vat = VatBreakdown.of(lines, c -> c == VatCategory.AE ? "Reverse charge" : "Not subject to VAT");
        return new InvoiceDocument(SELLER, buyer, number, DocumentType.INVOICE, Optional.empty(), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), november(), EUR, lines, vat, Totals.of(lines, vat, prepaid),
                "Payable within 30 days by bank transfer.", notes);
    }

    private static BillingPeriod november() {
        return new BillingPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    }
}
