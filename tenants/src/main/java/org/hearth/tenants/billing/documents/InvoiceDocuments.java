package org.hearth.tenants.billing.documents;

import org.hearth.web.pages.Pdf;

import java.util.Objects;

/**
 * The three forms a customer receives of an issued invoice or credit note: the Factur-X PDF
 * (PDF/A-3, readable, with its EN 16931 CII XML embedded as {@code factur-x.xml}), the bare CII
 * XML, and Mustang's verdict on either. Plain Java: no HTTP, no database; safe to share between
 * threads (each call builds what it uses).
 */
public final class InvoiceDocuments {

    private final String producer;

    /** {@code producer} names the software in the PDF's metadata, such as {@code "Hearth"}. */
    public InvoiceDocuments(String producer) {
        this.producer = Objects.requireNonNull(producer, "producer");
    }

    /** The Factur-X PDF in {@code language} ({@code en} or {@code fr}; anything else reads as English). */
    public byte[] pdf(InvoiceDocument document, String language) {
        byte[] xml = xml(document);
        byte[] pdf = Pdf.of(html(document, language));
        return FacturX.of(pdf, xml, producer);
    }

    /** The CII XML (EN 16931 profile), its amounts checked to be the document's own. */
    public byte[] xml(InvoiceDocument document) {
        return CiiXml.of(document);
    }

    /** The XHTML the PDF is rendered from, for a browser preview. */
    public String html(InvoiceDocument document, String language) {
        return InvoiceHtml.of(document, language);
    }

    /** Mustang's validation of a Factur-X PDF or a CII XML. */
    public Validation validate(byte[] document) {
        return DocumentValidator.validate(document);
    }
}
