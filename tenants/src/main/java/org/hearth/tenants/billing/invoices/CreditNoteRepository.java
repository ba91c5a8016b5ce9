package org.hearth.tenants.billing.invoices;

import static org.hearth.schema.generated.tenants.Tables.CREDIT_NOTES;
import static org.hearth.schema.generated.tenants.Tables.CREDIT_NOTE_LINES;
import static org.hearth.schema.generated.tenants.Tables.INVOICES;
import static org.hearth.schema.generated.tenants.Tables.INVOICE_LINES;
import static org.hearth.schema.generated.tenants.Tables.INVOICE_VAT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Credit notes and the invoice lines they credit. jOOQ only. */
final class CreditNoteRepository {

    /** One line of the invoice as a credit note needs it. */
    record LineAmount(int position, String source, long amountMinor) {
    }

    /** A credit note to store: which lines, its number and amounts in minor units. */
    record NewCreditNote(UUID id, UUID invoiceId, UUID tenantId, String series, int year, long sequence, String number, LocalDate issueDate,
                         List<Integer> positions, long subtotal, long vat, long subscriptions, long usageFees, long commissions) {
    }

    List<LineAmount> lines(DSLContext tx, UUID invoiceId) {
        return tx.select(INVOICE_LINES.POSITION, INVOICE_LINES.SOURCE, INVOICE_LINES.AMOUNT_MINOR).from(INVOICE_LINES)
                .where(INVOICE_LINES.INVOICE_ID.eq(invoiceId)).orderBy(INVOICE_LINES.POSITION)
                .fetch(r -> new LineAmount(r.value1(), r.value2(), r.value3()));
    }

    Set<Integer> credited(DSLContext tx, UUID invoiceId) {
        return Set.copyOf(tx.select(CREDIT_NOTE_LINES.INVOICE_POSITION).from(CREDIT_NOTE_LINES)
                .where(CREDIT_NOTE_LINES.INVOICE_ID.eq(invoiceId)).fetch(CREDIT_NOTE_LINES.INVOICE_POSITION));
    }

    /** The VAT rate of the invoice in percent (zero when it charged none). */
    BigDecimal vatRate(DSLContext tx, UUID invoiceId) {
        return tx.select(INVOICE_VAT.RATE_PERCENT).from(INVOICE_VAT).where(INVOICE_VAT.INVOICE_ID.eq(invoiceId))
                .orderBy(INVOICE_VAT.POSITION).limit(1).fetchOptional(INVOICE_VAT.RATE_PERCENT).orElse(BigDecimal.ZERO);
    }

    /** The VAT the invoice charged less what earlier credit notes gave back. */
    long vatLeft(DSLContext tx, UUID invoiceId) {
        long charged = tx.select(INVOICES.VAT_MINOR).from(INVOICES).where(INVOICES.ID.eq(invoiceId)).fetchSingle(INVOICES.VAT_MINOR);
        long back = tx.select(DSL.coalesce(DSL.sum(CREDIT_NOTES.VAT_MINOR), BigDecimal.ZERO)).from(CREDIT_NOTES)
                .where(CREDIT_NOTES.INVOICE_ID.eq(invoiceId)).fetchSingle().value1().longValueExact();
        return charged - back;
    }

    void insert(DSLContext tx, NewCreditNote note, String invoiceStatus) {
        tx.insertInto(CREDIT_NOTES).set(CREDIT_NOTES.ID, note.id()).set(CREDIT_NOTES.INVOICE_ID, note.invoiceId())
                .set(CREDIT_NOTES.TENANT_ID, note.tenantId()).set(CREDIT_NOTES.SERIES, note.series()).set(CREDIT_NOTES.YEAR, note.year())
                .set(CREDIT_NOTES.SEQUENCE, note.sequence()).set(CREDIT_NOTES.NUMBER, note.number()).set(CREDIT_NOTES.ISSUE_DATE, note.issueDate())
                .set(CREDIT_NOTES.SUBTOTAL_MINOR, note.subtotal()).set(CREDIT_NOTES.VAT_MINOR, note.vat())
                .set(CREDIT_NOTES.TOTAL_MINOR, note.subtotal() + note.vat()).set(CREDIT_NOTES.SUBSCRIPTIONS_MINOR, note.subscriptions())
                .set(CREDIT_NOTES.USAGE_FEES_MINOR, note.usageFees()).set(CREDIT_NOTES.COMMISSIONS_MINOR, note.commissions()).execute();
        for (int position : note.positions()) {
            tx.insertInto(CREDIT_NOTE_LINES).set(CREDIT_NOTE_LINES.CREDIT_NOTE_ID, note.id()).set(CREDIT_NOTE_LINES.INVOICE_ID, note.invoiceId())
                    .set(CREDIT_NOTE_LINES.INVOICE_POSITION, position).set(CREDIT_NOTE_LINES.TENANT_ID, note.tenantId()).execute();
        }
        tx.update(INVOICES).set(INVOICES.CREDITED_MINOR, INVOICES.CREDITED_MINOR.plus(note.subtotal() + note.vat()))
                .set(INVOICES.STATUS, invoiceStatus).where(INVOICES.ID.eq(note.invoiceId())).execute();
    }

    /** A credit note of the scope's tenant, with the invoice it credits. */
    Optional<InvoiceForms.CreditNoteView> find(DSLContext tx, UUID creditNoteId, org.hearth.kernel.actor.TenantScope scope) {
        return tx.select(CREDIT_NOTES.NUMBER, CREDIT_NOTES.ISSUE_DATE, CREDIT_NOTES.INVOICE_ID).from(CREDIT_NOTES)
                .where(CREDIT_NOTES.ID.eq(creditNoteId)).and(org.hearth.kernel.db.Tenancy.owned(CREDIT_NOTES, scope)).fetchOptional(r -> {
                    return new InvoiceForms.CreditNoteView(r.value1(), r.value2(), r.value3(), Set.copyOf(tx.select(CREDIT_NOTE_LINES.INVOICE_POSITION)
                            .from(CREDIT_NOTE_LINES).where(CREDIT_NOTE_LINES.CREDIT_NOTE_ID.eq(creditNoteId)).fetch(CREDIT_NOTE_LINES.INVOICE_POSITION)));
                });
    }

    Optional<Long> creditedTotal(DSLContext tx, UUID invoiceId) {
        return tx.select(INVOICES.CREDITED_MINOR).from(INVOICES).where(INVOICES.ID.eq(invoiceId)).fetchOptional(INVOICES.CREDITED_MINOR);
    }
}
