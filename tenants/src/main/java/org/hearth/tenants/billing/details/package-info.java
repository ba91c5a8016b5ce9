/**
 * The organisation's billing details: the legal name, postal address, VAT number and billing
 * e-mail its invoices are made out to, and the VAT situation ({@code Customer}) the estimate and
 * the invoice charge for. {@code BillingDetailsRules} checks what was entered, field by field
 * (the VAT number's shape per EU member state, {@code VatNumbers}); {@code BillingDetailsService}
 * reads and stores them (tenant admins only, audited); the repository is the only code that
 * touches the table, the routes the only HTTP.
 */
package org.hearth.tenants.billing.details;
