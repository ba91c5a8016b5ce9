/**
 * Invoicing (issue 11): closing a period into one invoice per tenant, rated by
 * {@link org.hearth.tenants.billing.pricing.Rater} from the period's usage rows and declared
 * transactions; numbers without gaps per series and year; payments; and the invoice events on the
 * outbox ({@link org.hearth.tenants.InvoiceIssued}, {@link org.hearth.tenants.PaymentRecorded}).
 *
 * <p>Each tenant's invoice is one transaction: its number (the counter row locked in it), the
 * invoice, its lines, its VAT and its event commit together or not at all, and one closing
 * invoice per tenant and period (a partial unique index) makes a second close issue nothing.
 * {@link org.hearth.tenants.billing.invoices.InterimInvoices} issues the interim invoices of the
 * open month (threshold invoicing); the close deducts them. Amounts are stored
 * in integer minor units of the invoice's currency, exactly as the engine rounded them.
 *
 * <p>{@link org.hearth.tenants.billing.invoices.AgreementDays} is how the close learns a
 * tenant's agreement-days; metering provides the real one.
 */
package org.hearth.tenants.billing.invoices;
