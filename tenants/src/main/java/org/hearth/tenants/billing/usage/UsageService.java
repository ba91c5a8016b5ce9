package org.hearth.tenants.billing.usage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.InvoiceDraft;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.hearth.tenants.billing.pricing.Rater;
import org.hearth.tenants.billing.pricing.RatingRefused;
import org.hearth.tenants.billing.pricing.RatingRequest;
import org.hearth.tenants.billing.pricing.Transaction;
import org.hearth.tenants.billing.pricing.Usage;

/**
 * A tenant's usage in a month so far and the running estimate of its invoice: the metered
 * quantities, the agreement-days computed from the agreements (not metered per act), rated by
 * the pricing engine with the tenant's plan as if the period closed now. Plain Java.
 */
public final class UsageService {

    /** The month's quantities per metric (every metric, zero when unused), and the draft rated from them. */
    public record PeriodUsage(YearMonth month, String plan, LocalDate from, LocalDate until, Map<Metric, BigDecimal> quantities, InvoiceDraft estimate) {
    }

    private final Db db;
    private final TenantAgreements agreements;
    private final PlanPrices prices;
    private final Clock clock;
    private final UsageRepository usage = new UsageRepository();
    private final TransactionRepository transactions = new TransactionRepository();

    public UsageService(Db db, TenantAgreements agreements, PlanPrices prices, Clock clock) {
        this.db = db;
        this.agreements = agreements;
        this.prices = prices;
        this.clock = clock;
    }

    public PeriodUsage usage(TenantScope scope, String plan, YearMonth month) {
        BillingPeriod period = BillingPeriod.month(month);
        LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        // So far: a past month whole, the current one up to today, a future one nothing.
        LocalDate until = period.end().isBefore(tomorrow) ? period.end() : tomorrow.isBefore(period.start()) ? period.start() : tomorrow;
        List<Usage> used = new ArrayList<>(db.read(scope, "usage.daily", dsl -> usage.daily(dsl, scope, utc(period.start()), utc(until))));
        for (LocalDate day = period.start(); day.isBefore(until); day = day.plusDays(1)) {
            BigDecimal days = agreements.activeAgreementDays(scope, utc(day), utc(day.plusDays(1)));
            if (days.signum() > 0) {
                used.add(new Usage(Metric.ACTIVE_AGREEMENT_DAYS, day, day.plusDays(1), days));
            }
        }
        Map<Metric, BigDecimal> quantities = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            quantities.put(metric, BigDecimal.ZERO);
        }
        used.forEach(u -> quantities.merge(u.metric(), u.quantity(), BigDecimal::add));
        // Declared transactions are rated from their own rows (the pricing engine refuses their value as usage).
        List<Usage> rated = used.stream().filter(u -> u.metric() != Metric.TRANSACTION_VALUE).toList();
        List<Transaction> declared = db.read(scope, "transactions.in_period", dsl -> transactions.declaredIn(dsl, scope, utc(period.start()), utc(until)))
                .stream().map(t -> new Transaction(t.value(), t.declaredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())).toList();
        try {
            InvoiceDraft draft = new Rater(prices.catalogue(), prices.vatRates()).rate(new RatingRequest(List.of(new PlanAssignment(plan, period.start())),
                    period, rated, declared, prices.customer(scope.tenantId())));
            return new PeriodUsage(month, plan, period.start(), period.end(), quantities, draft);
        } catch (RatingRefused refused) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "This period cannot be estimated: " + refused.getMessage() + ".");
        }
    }

    private static OffsetDateTime utc(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
