package org.hearth.tenants.billing.invoices;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.tenants.InvoiceOverdue;
import org.hearth.tenants.PaymentRecorded;

/** A tenant's invoices, the operator's view of every invoice, and payments. */
public final class InvoiceService {

    private final Db db;
    private final InvoiceRepository repository;
    private final BalanceRepository balances = new BalanceRepository();
    private final Clock clock;

    private final InvoiceForms forms;

    InvoiceService(Db db, InvoiceRepository repository, Clock clock, InvoiceForms forms) {
        this.db = db;
        this.repository = repository;
        this.clock = clock;
        this.forms = forms;
    }

    /** The invoice as a Factur-X PDF (PDF/A-3 with its CII XML inside), its words in {@code language}. */
    public byte[] pdf(TenantScope scope, UUID invoiceId, String language) {
        Invoice invoice = get(scope, invoiceId);
        return forms.pdf(invoice, db.read(scope, "invoices.buyer", tx -> repository.buyer(tx, invoiceId)), language);
    }

    /** The invoice as an EN 16931 CII XML e-invoice. */
    public byte[] xml(TenantScope scope, UUID invoiceId) {
        Invoice invoice = get(scope, invoiceId);
        return forms.xml(invoice, db.read(scope, "invoices.buyer", tx -> repository.buyer(tx, invoiceId)));
    }

    public List<Invoice> list(TenantScope scope) {
        return db.read(scope, "invoices.list", tx -> repository.list(tx, Optional.of(scope), Optional.empty()));
    }

    public Invoice get(TenantScope scope, UUID invoiceId) {
        return db.read(scope, "invoices.get", tx -> repository.find(tx, invoiceId, Optional.of(scope)))
                .orElseThrow(InvoiceService::notFound);
    }

    /** Every tenant's invoices, or those in one status: the operator's view of balances. */
    public List<Invoice> all(CallContext ctx, Optional<InvoiceStatus> status) {
        return db.system(ctx, tx -> repository.list(tx, Optional.empty(), status));
    }

    /** The operator's billing view, read in one audited unit: invoices (or those in one status), who they are for, who owes what. */
    public record OperatorView(List<Invoice> invoices, Map<UUID, String> tenantNames, List<OutstandingBalance> outstanding) {
    }

    public OperatorView operatorView(CallContext ctx, Optional<InvoiceStatus> status) {
        return db.system(ctx, tx -> {
            List<Invoice> list = repository.list(tx, Optional.empty(), status);
            Map<UUID, String> names = balances.names(tx, list.stream().map(Invoice::tenantId).collect(java.util.stream.Collectors.toSet()));
            List<OutstandingBalance> owed = balances.owed(tx).stream().map(o -> new OutstandingBalance(o.tenantId(), o.tenantName(),
                    MinorUnits.money(o.dueMinor(), o.currency()), o.open(), o.overdue(), o.oldestDue())).toList();
            return new OperatorView(list, names, owed);
        });
    }

    /** A payment recorded */
    public record Payment(UUID id, Invoice invoice) {
    }

    /**
     * Records a payment of {@code amount} (in the invoice's currency) received on {@code paidOn}:
     * the invoice becomes partially paid or paid, and {@link PaymentRecorded} is appended in the
     * same transaction. More than the amount due, a non-positive amount, another currency, a
     * future date or a credited invoice are refused and change nothing.
     */
    public Payment recordPayment(CallContext ctx, UUID invoiceId, BigDecimal amount, String currency, LocalDate paidOn) {
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new HearthException(ErrorCode.INVOICE_RULE, "A payment cannot be recorded for a day that has not come yet.");
        }
        return db.system(ctx, tx -> {
            var row = repository.lock(tx, invoiceId).orElseThrow(InvoiceService::notFound);
            Currency invoiceCurrency = row.currency();
            if (!invoiceCurrency.getCurrencyCode().equals(currency)) {
                throw new HearthException(ErrorCode.INVOICE_RULE, "The invoice is in " + invoiceCurrency + ", not " + currency + ".");
            }
            Money paid;
            try {
                paid = new Money(amount, invoiceCurrency);
            } catch (IllegalArgumentException e) {
                throw new HearthException(ErrorCode.INVOICE_RULE, "The amount has more decimals than " + invoiceCurrency + " allows.");
            }
            long minor = MinorUnits.of(paid);
            InvoiceStatus status = row.status();
            if (status == InvoiceStatus.CREDITED || status == InvoiceStatus.PAID) {
                throw new HearthException(ErrorCode.INVOICE_RULE, "The invoice is " + status.code() + "; nothing is due on it.");
            }
            long due = row.dueMinor();
            if (minor <= 0 || minor > due) {
                throw new HearthException(ErrorCode.INVOICE_RULE, "A payment is more than zero and at most the amount due, "
                        + MinorUnits.money(due, invoiceCurrency).amount().toPlainString() + " " + invoiceCurrency + ".");
            }
            UUID paymentId = Ids.newId();
            InvoiceStatus after = InvoiceStatus.afterPayment(row.paidMinor() + row.creditedMinor() + minor, row.totalMinor(), status == InvoiceStatus.OVERDUE);
            repository.recordPayment(tx, paymentId, row, paidOn, minor, after);
            Outbox.append(tx, new PaymentRecorded(paymentId, invoiceId, row.tenantId(), paidOn, invoiceCurrency.getCurrencyCode(), paid.amount()));
            return new Payment(paymentId, repository.find(tx, invoiceId, Optional.empty()).orElseThrow());
        });
    }

    /**
     * Marks every invoice past its due date with something owed as overdue and appends one
     * {@link InvoiceOverdue} for each, in the same transaction: an invoice already marked is not
     * selected again, so each is announced once. Audited only when it marks something.
     */
    public int markOverdue(CallContext ctx) {
        LocalDate today = LocalDate.now(clock);
        return db.job(ctx, tx -> {
            var due = repository.lockOverdue(tx, today);
            for (var row : due) {
                repository.setStatus(tx, row.id(), InvoiceStatus.OVERDUE);
                Currency currency = row.currency();
                Outbox.append(tx, new InvoiceOverdue(row.id(), row.tenantId(), row.number(), row.dueDate(), currency.getCurrencyCode(),
                        MinorUnits.money(row.dueMinor(), currency).amount()));
            }
            return due.size();
        });
    }

    static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no invoice with this id.");
    }
}
