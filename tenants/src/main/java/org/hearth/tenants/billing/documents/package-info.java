/**
 * Invoice documents: an issued invoice or credit note ({@link
 * org.hearth.tenants.billing.documents.InvoiceDocument}, immutable, refused when it does not add
 * up) in the three forms a customer receives, through {@link
 * org.hearth.tenants.billing.documents.InvoiceDocuments}: the PDF a person reads (jte template
 * {@code billing/invoice.jte}, words in the platform's message bundles under {@code
 * billing.invoice.}, rendered by openhtmltopdf as PDF/A-3u with DejaVu Sans embedded), the same
 * PDF made Factur-X / ZUGFeRD (profile EN 16931, the CII XML embedded as {@code factur-x.xml}) by
 * Mustang, the bare CII XML, and Mustang's validator on any of them.
 *
 * <p>Pure: no HTTP, no database, no clock. Storage, numbering, period close and the routes that
 * serve these bytes live elsewhere in billing.
 */
package org.hearth.tenants.billing.documents;
