package org.hearth.tenants.billing.documents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;

/**
 * An {@link InvoiceDocument} as Factur-X / ZUGFeRD CII XML in the EN 16931 profile, written by
 * Mustang. Mustang computes the totals from the lines again; {@link XmlAmounts} then checks
 * they are the document's own, to the cent.
 */
final class CiiXml {

    static final String PROFILE = "EN16931";

    private CiiXml() {
    }

    static byte[] of(InvoiceDocument doc) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName(PROFILE));
        provider.generateXML(invoice(doc));
        byte[] xml = provider.getXML();
        if (outOfScope(doc)) {
            xml = OutOfScopeRepair.repair(xml, doc.vat().getFirst().exemptionReason().orElseThrow());
        }
        XmlAmounts.of(xml).requireEqual(doc);
        return xml;
    }

    /** The document in Mustang's model, the one place this package names Mustang's invoice classes. */
    static Invoice invoice(InvoiceDocument doc) {
        Invoice invoice = new Invoice()
                .setNumber(doc.number().toString())
                .setIssueDate(date(doc.issueDate()))
                .setDueDate(date(doc.dueDate()))
                .setDetailedDeliveryPeriod(date(doc.period().first()), date(doc.period().last()))
                .setCurrency(doc.currency().getCurrencyCode())
                .setSender(seller(doc))
                .setRecipient(buyer(doc))
                .setPaymentTermDescription(doc.paymentTerms())
                .setTotalPrepaidAmount(doc.totals().prepaid().amount());
        doc.credits().ifPresent(credited -> invoice.setCreditNote()
                .setInvoiceReferencedDocumentID(credited.number().toString())
                .setInvoiceReferencedIssueDate(date(credited.issueDate())));
        doc.notes().forEach(invoice::addNote);
        for (InvoiceLine line : doc.lines()) {
            invoice.addItem(item(line, doc));
        }
        return invoice;
    }

    private static TradeParty seller(InvoiceDocument doc) {
        Seller s = doc.seller();
        TradeParty party = party(s.legalName(), s.address())
                .setEmail(s.email())
                .setLegalOrganisation(new LegalOrganisation(new SchemedID(s.registrationScheme(), s.registrationId()), s.legalName()))
                .addBankDetails(new BankDetails(s.iban(), s.bic()));
        // Out of the scope of VAT, no VAT id may appear (BR-O-02).
        if (!outOfScope(doc)) {
            party.addVATID(s.vatId());
        }
        return party;
    }

    private static TradeParty buyer(InvoiceDocument doc) {
        Buyer b = doc.buyer();
        TradeParty party = party(b.name(), b.address());
        if (!outOfScope(doc)) {
            b.vatId().ifPresent(party::addVATID);
        }
        return party;
    }

    private static TradeParty party(String name, Address address) {
        TradeParty party = new TradeParty(name, address.line(), address.postcode(), address.city(), address.country());
        address.additionalLine().ifPresent(party::setAdditionalAddress);
        return party;
    }

    private static Item item(InvoiceLine line, InvoiceDocument doc) {
        Product product = new Product(line.description(), "", line.unit().code(), line.vatRate())
                .setTaxCategoryCode(line.vatCategory().name());
        doc.vat().stream().filter(b -> b.covers(line)).findFirst()
                .flatMap(VatBreakdown::exemptionReason)
                .ifPresent(product::setTaxExemptionReason);
        return new Item(product, line.unitPrice(), line.quantity()).setId(line.id());
    }

    private static boolean outOfScope(InvoiceDocument doc) {
        return doc.vat().stream().anyMatch(b -> b.category() == VatCategory.O);
    }

    /** Mustang formats dates in the JVM's zone, so a day is that zone's midnight. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
