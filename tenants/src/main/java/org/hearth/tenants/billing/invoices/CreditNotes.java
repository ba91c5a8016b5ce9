package org.hearth.tenants.billing.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.tenants.CreditNoteIssued;
import org.hearth.tenants.billing.documents.InvoiceNumber;

/**
 * Credit notes: the whole of an invoice (every line not yet credited) or chosen lines, in the
 * {@link #SERIES} series without gaps, with {@link CreditNoteIssued} on the outbox in the same
 * transaction. VAT is the credited lines' base at the invoice's rate, rounded half-up once; the
 * note that credits the last lines gives back exactly the VAT left, so the notes of an invoice
 * sum to it. Crediting every line makes the invoice {@code credited}.
 */
public final class CreditNotes {

    public static final String SERIES = "HC";

    private final Db db;
    private final InvoiceRepository invoices;
    private final CreditNoteRepository notes;
    private final Clock clock;

    private final InvoiceForms forms;

    CreditNotes(Db db, InvoiceRepository invoices, CreditNoteRepository notes, Clock clock, InvoiceForms forms) {
        this.db = db;
        this.invoices = invoices;
        this.notes = notes;
        this.clock = clock;
        this.forms = forms;
    }

    /** The credit note as a Factur-X PDF, its words in {@code language}. */
    public byte[] pdf(TenantScope scope, UUID creditNoteId, String language) {
        return db.read(scope, "credit_notes.pdf", tx -> {
            var note = notes.find(tx, creditNoteId, scope).orElseThrow(CreditNotes::notFound);
            return forms.creditNotePdf(invoices.find(tx, note.invoiceId(), Optional.of(scope)).orElseThrow(), note, invoices.buyer(tx, note.invoiceId()), language);
        });
    }

    /** The credit note as an EN 16931 CII XML document. */
    public byte[] xml(TenantScope scope, UUID creditNoteId) {
        return db.read(scope, "credit_notes.xml", tx -> {
            var note = notes.find(tx, creditNoteId, scope).orElseThrow(CreditNotes::notFound);
            return forms.creditNoteXml(invoices.find(tx, note.invoiceId(), Optional.of(scope)).orElseThrow(), note, invoices.buyer(tx, note.invoiceId()));
        });
    }

    private static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no credit note with this id.");
    }

    /** A credit note issued: its id and number, and the invoice after it. */
    public record Issued(UUID id, String number, java.math.BigDecimal total, Invoice invoice) {
    }

    /** Credits {@code positions} of the invoice, or every line not yet credited when empty. */
    public Issued issue(CallContext ctx, UUID invoiceId, Optional<List<Integer>> positions) {
        LocalDate today = LocalDate.now(clock);
        return db.system(ctx, tx -> {
            var invoice = invoices.lock(tx, invoiceId).orElseThrow(InvoiceService::notFound);
            List<CreditNoteRepository.LineAmount> lines = notes.lines(tx, invoiceId);
            Set<Integer> already = notes.credited(tx, invoiceId);
            List<CreditNoteRepository.LineAmount> open = lines.stream().filter(l -> !already.contains(l.position())).toList();
            List<CreditNoteRepository.LineAmount> chosen = positions.map(p -> choose(open, lines, p)).orElse(open);
            if (chosen.isEmpty()) {
                throw new HearthException(ErrorCode.INVOICE_RULE, "Nothing is left to credit on invoice " + invoice.number() + ".");
            }
            long subtotal = chosen.stream().mapToLong(CreditNoteRepository.LineAmount::amountMinor).sum();
            if (subtotal <= 0) {
                // Only deduction lines of interim invoices (negative) are left or chosen: a credit note gives money back, never takes it.
                throw new HearthException(ErrorCode.INVOICE_RULE, "The chosen lines of invoice " + invoice.number()
                        + " take back an interim invoice's amount; credit the interim invoice itself instead.");
            }
            boolean last = chosen.size() == open.size();
            long vat = last ? notes.vatLeft(tx, invoiceId)
                    : BigDecimal.valueOf(subtotal).multiply(notes.vatRate(tx, invoiceId)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                            .longValueExact();
            int year = today.getYear();
            InvoiceNumber number = new InvoiceNumber(SERIES, year, invoices.nextNumber(tx, SERIES, year));
            UUID id = Ids.newId();
            var note = new CreditNoteRepository.NewCreditNote(id, invoiceId, invoice.tenantId(), SERIES, year, number.sequence(), number.toString(),
                    today, chosen.stream().map(CreditNoteRepository.LineAmount::position).toList(), subtotal, vat,
                    bySource(chosen, Source.SUBSCRIPTIONS), bySource(chosen, Source.USAGE_FEES), bySource(chosen, Source.COMMISSIONS));
            InvoiceStatus status = last ? InvoiceStatus.CREDITED : invoice.status();
            notes.insert(tx, note, status.code());
            var currency = invoice.currency();
            Outbox.append(tx, new CreditNoteIssued(id, invoiceId, invoice.tenantId(), number.toString(), today, currency.getCurrencyCode(),
                    MinorUnits.money(note.subscriptions(), currency).amount(), MinorUnits.money(note.usageFees(), currency).amount(),
                    MinorUnits.money(note.commissions(), currency).amount(), MinorUnits.money(vat, currency).amount(),
                    MinorUnits.money(subtotal + vat, currency).amount()));
            return new Issued(id, number.toString(), MinorUnits.money(subtotal + vat, currency).amount(),
                    invoices.find(tx, invoiceId, Optional.empty()).orElseThrow());
        });
    }

    private static List<CreditNoteRepository.LineAmount> choose(List<CreditNoteRepository.LineAmount> open, List<CreditNoteRepository.LineAmount> all,
                                                               List<Integer> positions) {
        if (positions.isEmpty()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "lines lists at least one line position, or is left out to credit the whole invoice.");
        }
        List<CreditNoteRepository.LineAmount> chosen = new ArrayList<>();
        for (int position : new TreeSet<>(positions)) {
            var line = open.stream().filter(l -> l.position() == position).findFirst().orElseThrow(() -> new HearthException(ErrorCode.INVOICE_RULE,
                    all.stream().anyMatch(l -> l.position() == position) ? "Line " + position + " is already credited."
                            : "The invoice has no line " + position + "."));
            chosen.add(line);
        }
        return chosen;
    }

    private static long bySource(List<CreditNoteRepository.LineAmount> lines, Source source) {
        return lines.stream().filter(l -> l.source().equals(source.code())).mapToLong(CreditNoteRepository.LineAmount::amountMinor).sum();
    }
}
