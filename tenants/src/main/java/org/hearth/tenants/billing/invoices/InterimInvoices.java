package org.hearth.tenants.billing.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.InterimBilling;
import org.hearth.tenants.billing.pricing.InvoiceDraft;
import org.hearth.tenants.billing.pricing.PlanCatalogue;
import org.hearth.tenants.billing.pricing.RatingRefused;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threshold invoicing while a month is open: rates each tenant whose plan has an interim threshold
 * on the month so far (as the usage estimate does) and, where the amount not yet invoiced has
 * reached it, issues an interim invoice of the period so far less the month's earlier interim
 * invoices ({@link InterimBilling}). Each tenant's check first runs as a platform job that writes
 * nothing (so the billing worker's polls leave no audit trail); a tenant found due is checked again
 * and invoiced in one audited transaction holding its row's lock, so a second or concurrent run
 * issues nothing more.
 */
public final class InterimInvoices {

    static final String JOB = "job.billing.interim";
    private static final Logger LOG = LoggerFactory.getLogger(InterimInvoices.class);

    private final Db db;
    private final InvoiceRepository repository;
    private final InterimRepository interimRepository = new InterimRepository();
    private final PeriodRating rating;
    private final PeriodClose close;
    private final InterimBilling interims;
    private final java.util.function.Supplier<PlanCatalogue> catalogue;
    private final Clock clock;

    InterimInvoices(Db db, InvoiceRepository repository, PeriodRating rating, PeriodClose close, java.util.function.Supplier<PlanCatalogue> catalogue, Clock clock) {
        this.db = db;
        this.repository = repository;
        this.rating = rating;
        this.close = close;
        this.interims = new InterimBilling(rating.rater().vatRates());
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** What a run did: the month it looked at and the interim invoices it issued, oldest tenant first. */
    public record Run(YearMonth month, List<UUID> issued) {
    }

    /** Checks every tenant of the current month now and issues the interim invoices that are due. */
    public Run run(CallContext ctx) {
        LocalDate today = LocalDate.now(clock);
        BillingPeriod period = BillingPeriod.month(YearMonth.from(today));
        BillingPeriod soFar = new BillingPeriod(period.start(), today.plusDays(1));
        List<UUID> issued = new ArrayList<>();
        Set<String> plans = catalogue.get().plans().stream().filter(p -> p.versions().stream().anyMatch(v -> v.invoiceThreshold().isPresent()))
                .map(p -> p.code()).collect(Collectors.toUnmodifiableSet());
        if (plans.isEmpty()) {
            return new Run(YearMonth.from(today), issued);
        }
        CallContext check = CallContext.system(JOB + ".check");
        for (UUID tenant : db.job(check, tx -> interimRepository.toRate(tx, period, soFar.end(), plans))) {
            try {
                if (db.job(check, tx -> due(tx, tenant, period, soFar).isPresent())) {
                    db.system(ctx, tx -> {
                        repository.lockTenant(tx, tenant);
                        return due(tx, tenant, period, soFar).map(draft -> close.store(tx, tenant, InvoiceKind.INTERIM, draft, today));
                    }).ifPresent(issued::add);
                }
            } catch (RatingRefused refused) {
                // One tenant the engine cannot rate (its plans or usage need an operator) does not hold back the others.
                LOG.warn("tenant {} cannot be rated for an interim invoice: {}", tenant, refused.getMessage());
            }
        }
        return new Run(YearMonth.from(today), issued);
    }

    /** The interim invoice the tenant is due now, if any: none once the period has its closing invoice. */
    private Optional<InvoiceDraft> due(DSLContext tx, UUID tenant, BillingPeriod period, BillingPeriod soFar) {
        if (repository.invoiced(tx, tenant, period.start())) {
            return Optional.empty();
        }
        PeriodRating.Rated rated = rating.rate(tx, tenant, period, soFar);
        List<InterimBilling.Billed> earlier = interimRepository.interims(tx, tenant, period.start());
        if (!InterimBilling.due(rated.draft(), earlier)) {
            return Optional.empty();
        }
        return Optional.of(interims.interim(rated.draft(), soFar, earlier, rated.customer()));
    }
}
