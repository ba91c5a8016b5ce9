package org.hearth.tenants.billing.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.billing.documents.Address;
import org.hearth.tenants.billing.documents.BillingPeriod;
import org.hearth.tenants.billing.documents.Buyer;
import org.hearth.tenants.billing.documents.DocumentType;
import org.hearth.tenants.billing.documents.InvoiceDocument;
import org.hearth.tenants.billing.documents.InvoiceDocuments;
import org.hearth.tenants.billing.documents.InvoiceLine;
import org.hearth.tenants.billing.documents.InvoiceNumber;
import org.hearth.tenants.billing.documents.Seller;
import org.hearth.tenants.billing.documents.Totals;
import org.hearth.tenants.billing.documents.UnitCode;
import org.hearth.tenants.billing.documents.VatBreakdown;
import org.hearth.tenants.billing.documents.VatCategory;
import org.hearth.web.pages.Messages;

/**
 * A stored invoice in the forms a person or an accounting system reads: the Factur-X PDF and the
 * EN 16931 CII XML, through {@link InvoiceDocuments}. The seller is the operator; the buyer the tenant.
 */
final class InvoiceForms {

    /**
     * Who the tenant is on its invoice, as issued; an invoice issued before the tenant gave its
     * billing details has its name and country only.
     */
    record BuyerDetails(String name, Optional<String> line1, Optional<String> line2, Optional<String> postcode, Optional<String> city,
                        String country, Optional<String> vatNumber, String plan) {

        /** A buyer known by name, country and VAT number only (invoices issued before billing details existed). */
        BuyerDetails(String name, String country, Optional<String> vatNumber, String plan) {
            this(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), country, vatNumber, plan);
        }

        /** The postal address, its second line as EN 16931's BT-163 (CII LineTwo). */
        Address address() {
            return new Address(line1.orElse(name), postcode.orElse(""), city.orElse(""), country, line1.isPresent() ? line2 : Optional.empty());
        }
    }

    private final Seller seller;
    private final InvoiceDocuments documents;
    private final int paymentDays;

    InvoiceForms(Seller seller, InvoiceDocuments documents, int paymentDays) {
        this.seller = seller;
        this.documents = documents;
        this.paymentDays = paymentDays;
    }

    byte[] pdf(Invoice invoice, BuyerDetails buyer, String language) {
        return documents.pdf(document(invoice, buyer, Messages.of(language)), language);
    }

    byte[] xml(Invoice invoice, BuyerDetails buyer) {
        return documents.xml(document(invoice, buyer, Messages.of("en")));
    }

    /** A credit note as stored: its number and day, and the positions of the invoice lines it credits. */
    record CreditNoteView(String number, java.time.LocalDate issueDate, java.util.UUID invoiceId, java.util.Set<Integer> positions) {
    }

    byte[] creditNotePdf(Invoice invoice, CreditNoteView note, BuyerDetails buyer, String language) {
        return documents.pdf(creditNote(invoice, note, buyer, Messages.of(language)), language);
    }

    byte[] creditNoteXml(Invoice invoice, CreditNoteView note, BuyerDetails buyer) {
        return documents.xml(creditNote(invoice, note, buyer, Messages.of("en")));
    }

    /** The credited lines as the invoice showed them, naming the invoice they cancel; VAT on them at the invoice's rate. */
    InvoiceDocument creditNote(Invoice invoice, CreditNoteView note, BuyerDetails buyer, Messages m) {
        InvoiceDocument whole = document(invoice, buyer, m);
        List<InvoiceLine> lines = whole.lines().stream().filter(l -> note.positions().contains(Integer.parseInt(l.id()))).toList();
        String reason = whole.vat().getFirst().exemptionReason().orElse("");
        List<VatBreakdown> breakdown = VatBreakdown.of(lines, c -> reason);
        return new InvoiceDocument(seller, whole.buyer(), number(note.number()), DocumentType.CREDIT_NOTE,
                Optional.of(new InvoiceDocument.Credited(whole.number(), invoice.issueDate())), note.issueDate(), note.issueDate(), whole.period(),
                whole.currency(), lines, breakdown, Totals.of(lines, breakdown, Money.zero(whole.currency())), m.t("billing.creditNote.terms"),
                whole.notes());
    }

    private static InvoiceNumber number(String text) {
        String[] number = text.split("-");
        return new InvoiceNumber(number[0], Integer.parseInt(number[1]), Long.parseLong(number[2]));
    }

    InvoiceDocument document(Invoice invoice, BuyerDetails buyer, Messages m) {
        Invoice.Vat vat = invoice.vat().getFirst();
        VatCategory category = switch (vat.treatment()) {
            case "reverse_charge" -> VatCategory.AE;
            case "out_of_scope" -> VatCategory.O;
            default -> VatCategory.S;
        };
        BigDecimal rate = category == VatCategory.S ? vat.ratePercent() : BigDecimal.ZERO;
        List<InvoiceLine> lines = new ArrayList<>();
        for (Invoice.Line line : invoice.lines()) {
            lines.add(line.deducts().isPresent()
                    ? deduction(line, m.t(line.descriptionKey(), line.deducts().get(), m.t("billing.source." + line.source())), category, rate)
                    : line(line, m.t(line.descriptionKey()), category, rate));
        }
        if (lines.isEmpty()) {
            lines.add(new InvoiceLine("1", m.t("billing.line.none", buyer.plan()), BigDecimal.ONE, UnitCode.LUMP_SUM, BigDecimal.ZERO,
                    Money.zero(invoice.total().currency()), category, rate));
        }
        String reason = switch (category) {
            case AE -> m.t("billing.vat.reverse_charge");
            case O -> m.t("billing.vat.out_of_scope");
            default -> "";
        };
        List<VatBreakdown> breakdown = VatBreakdown.of(lines, c -> reason);
        Buyer billed = new Buyer(buyer.name(), buyer.address(), category == VatCategory.O ? Optional.empty()
                : buyer.vatNumber(), Buyer.Kind.BUSINESS);
        String[] number = invoice.number().split("-");
        return new InvoiceDocument(seller, billed, new InvoiceNumber(number[0], Integer.parseInt(number[1]), Long.parseLong(number[2])),
                invoice.kind() == InvoiceKind.INTERIM ? DocumentType.INTERIM_INVOICE : DocumentType.INVOICE, Optional.empty(),
                invoice.issueDate(), invoice.dueDate(),
                new BillingPeriod(invoice.periodStart(), invoice.periodEnd().minusDays(1)), invoice.total().currency(), lines, breakdown,
                Totals.of(lines, breakdown, invoice.paid()), m.t("billing.invoice.terms", paymentDays),
                reason.isEmpty() ? List.of() : List.of(reason));
    }

    /**
     * A line whose amount is its billable quantity (less the free allowance) times one unit
     * price keeps them; a line the tiers, blocks or proration priced is one lump sum of its amount.
     */
    private static InvoiceLine line(Invoice.Line line, String description, VatCategory category, BigDecimal rate) {
        Money amount = line.amount();
        String id = Integer.toString(line.position());
        if (line.unitPrice().isPresent() && line.unitPrice().get().stripTrailingZeros().scale() <= 4) {
            BigDecimal billable = line.quantity().subtract(line.freeAllowanceApplied()).stripTrailingZeros();
            BigDecimal price = line.unitPrice().get().stripTrailingZeros();
            int digits = Math.max(0, amount.currency().getDefaultFractionDigits());
            if (billable.signum() >= 0 && billable.multiply(price).setScale(digits, RoundingMode.HALF_UP).compareTo(amount.amount()) == 0) {
                return new InvoiceLine(id, description, billable, unit(line), price, amount, category, rate);
            }
        }
        return new InvoiceLine(id, description, BigDecimal.ONE, UnitCode.LUMP_SUM, amount.amount(), amount, category, rate);
    }

    /** A deduction takes an amount back: quantity -1 at the positive amount, as EN 16931 keeps prices non-negative (BR-27). */
    private static InvoiceLine deduction(Invoice.Line line, String description, VatCategory category, BigDecimal rate) {
        Money amount = line.amount();
        BigDecimal quantity = amount.isNegative() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        return new InvoiceLine(Integer.toString(line.position()), description, quantity, UnitCode.LUMP_SUM, amount.amount().abs(), amount,
                category, rate);
    }

    private static UnitCode unit(Invoice.Line line) {
        return switch (line.metric().orElse("")) {
            case "active_agreement_days" -> UnitCode.DAY;
            case "megabytes_exchanged" -> UnitCode.MEGABYTE;
            case "" -> UnitCode.MONTH;
            default -> UnitCode.ONE;
        };
    }
}
