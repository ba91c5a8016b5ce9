package org.hearth.tenants.billing.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.tenants.billing.documents.InvoiceNumber;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.InvoiceDraft;
import org.hearth.tenants.billing.pricing.InterimBilling;
import org.hearth.tenants.billing.pricing.RatingRefused;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a month: one invoice per tenant that has none for it, each in its own transaction, so a
 * crash leaves every tenant's invoice all there or not there and a second close issues nothing.
 */
public final class PeriodClose {

    /** The series of invoices; credit notes have their own. */
    public static final String SERIES = "HE";
    private static final Logger LOG = LoggerFactory.getLogger(PeriodClose.class);

    private final Db db;
    private final InvoiceRepository repository;
    private final PeriodRating rating;
    private final InterimBilling interims;
    private final InterimRepository interimRepository = new InterimRepository();
    private final Clock clock;
    private final int paymentDays;

    PeriodClose(Db db, InvoiceRepository repository, PeriodRating rating, Clock clock, int paymentDays) {
        this.db = db;
        this.repository = repository;
        this.rating = rating;
        this.interims = new InterimBilling(rating.rater().vatRates());
        this.clock = clock;
        this.paymentDays = paymentDays;
    }

    /** What a close did: the invoices it issued, oldest tenant first, and the tenants it could not rate (left to a later close). */
    public record Closed(YearMonth month, List<UUID> issued, List<Refused> refused) {
    }

    /** A tenant the rating engine refused (e.g. no plan in force in the period): not invoiced, and no other tenant held up. */
    public record Refused(UUID tenantId, String reason) {
    }

    /** Issues the month's missing invoices. A month that has not ended yet cannot be closed. */
    public Closed close(CallContext ctx, YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        BillingPeriod period = BillingPeriod.month(month);
        if (today.isBefore(period.end())) {
            throw new HearthException(ErrorCode.INVOICE_RULE, "The period " + month + " has not ended yet; it can be closed from " + period.end() + ".");
        }
        List<UUID> tenants = db.system(ctx.as(ctx.operation() + ".tenants"), tx -> repository.toBill(tx, period));
        List<UUID> issued = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (UUID tenant : tenants) {
            try {
                issue(ctx, tenant, period, today).ifPresent(issued::add);
            } catch (RatingRefused e) {
                // Its transaction rolled back: nothing of it is stored, no number taken. The next close tries it again.
                LOG.warn("billing: tenant {} cannot be invoiced for {}: {}", tenant, month, e.getMessage());
                refused.add(new Refused(tenant, e.getMessage()));
            }
        }
        return new Closed(month, issued, refused);
    }

    /**
     * The billing worker's close of the month before today's, when some tenant has no invoice for
     * it yet: the check is a platform job (audited only if it writes, and it does not), so the
     * worker's polling leaves no trail until there is something to issue.
     */
    int closePreviousMonth(CallContext ctx) {
        YearMonth previous = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        if (db.job(ctx, tx -> repository.toBill(tx, BillingPeriod.month(previous))).isEmpty()) {
            return 0;
        }
        return close(ctx, previous).issued().size();
    }

    /**
     * One tenant's closing invoice in one transaction; nothing if it already has one for the
     * period. It bills the whole period and deducts each interim invoice of the period.
     */
    Optional<UUID> issue(CallContext ctx, UUID tenantId, BillingPeriod period, LocalDate today) {
        return db.system(ctx, tx -> {
            // After any interim run of the tenant still in flight, so the close deducts what it issued.
            repository.lockTenant(tx, tenantId);
            if (repository.invoiced(tx, tenantId, period.start())) {
                return Optional.<UUID>empty();
            }
            PeriodRating.Rated rated = rating.rate(tx, tenantId, period, period);
            InvoiceDraft draft = interims.closing(rated.draft(), interimRepository.interims(tx, tenantId, period.start()), rated.customer());
            return Optional.of(store(tx, tenantId, InvoiceKind.CLOSING, draft, today));
        });
    }

    /** Numbers, stores and announces an invoice in {@code tx}. */
    UUID store(DSLContext tx, UUID tenantId, InvoiceKind kind, InvoiceDraft draft, LocalDate today) {
        InvoiceNumber number = new InvoiceNumber(SERIES, today.getYear(), repository.nextNumber(tx, SERIES, today.getYear()));
        IssuedInvoice invoice = new IssuedInvoice(Ids.newId(), tenantId, kind, number, today, today.plusDays(paymentDays), draft);
        repository.insert(tx, invoice);
        Outbox.append(tx, invoice.event());
        return invoice.id();
    }
}
