package org.hearth.tenants.console;

import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.billing.pricing.InvoiceDraft;
import org.hearth.tenants.billing.pricing.InvoiceLine;
import org.hearth.tenants.billing.pricing.LineKind;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PlanVersion;
import org.hearth.tenants.billing.pricing.VatLine;
import org.hearth.tenants.billing.usage.PlanPrices;
import org.hearth.tenants.billing.usage.UsageService;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.pages.Messages;

/**
 * {@code /console/usage?period=YYYY-MM}: a month's quantities in words, what of them is free and
 * what is charged, and the running estimate (lines, before and after VAT) as the usage API gives
 * it; for a plan with hard limits, how much of each is used, as a meter and in words.
 */
final class UsagePage {

    /** Months offered in the select, the current one first. */
    private static final int MONTHS = 12;

    private final ConsoleContext kit;
    private final TenantCalls tenants;
    private final UsageService usage;
    private final PlanPrices prices;
    private final Clock clock;

    UsagePage(ConsoleContext kit, TenantCalls tenants, UsageService usage, PlanPrices prices, Clock clock) {
        this.kit = kit;
        this.tenants = tenants;
        this.usage = usage;
        this.prices = prices;
        this.clock = clock;
    }

    void show(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var scope = kit.tenant(rc);
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth month = current;
        String error = null;
        String asked = rc.queryParams().get("period");
        if (asked != null) {
            try {
                month = YearMonth.parse(asked);
            } catch (DateTimeParseException e) {
                error = m.t("con.usage.badMonth");
                rc.response().setStatusCode(422);
            }
        }
        String plan = tenants.consoleTenant(rc).plan();
        String planName = PlanPage.name(prices.catalogue(), plan, m);
        List<BillingModels.Option> months = months(m, current, month);
        UsageService.PeriodUsage used;
        try {
            used = usage.usage(scope, plan, month);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            send(rc, m, new BillingModels.Usage(m, label(m, month), months, planName, null, List.of(), List.of(), null, List.of(), null, null, List.of(),
                    e.detail()));
            return;
        }
        InvoiceDraft draft = used.estimate();
        PriceWords words = new PriceWords(m);
        List<BillingModels.UsageRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            rows.add(row(m, words, metric, used.quantities().get(metric), draft));
        }
        List<BillingModels.Line> lines = draft.lines().stream().map(l -> new BillingModels.Line(m.t(l.descriptionKey()), m.money(l.amount()))).toList();
        List<BillingModels.Line> vat = draft.vat().stream().map(v -> new BillingModels.Line(vatLabel(m, words, v), m.money(v.vat()))).toList();
        // Counted so far: a past month whole, the current one up to today, a future one nothing.
        LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        LocalDate soFar = used.until().isAfter(tomorrow) ? tomorrow : used.until();
        String until = soFar.isAfter(used.from()) ? m.date(soFar.minusDays(1)) : null;
        LocalDate day = soFar.isAfter(used.from()) ? soFar.minusDays(1) : used.from();
        List<BillingModels.Limit> limits = prices.catalogue().plan(plan).flatMap(p -> p.versionOn(day))
                .map(v -> limits(m, words, v, used)).orElse(List.of());
        String vatNote = draft.vat().stream().findFirst().map(v -> m.t("con.usage.vatNote." + v.treatment().name().toLowerCase(Locale.ROOT))).orElse(null);
        send(rc, m, new BillingModels.Usage(m, label(m, month), months, planName, until, rows, lines, m.money(draft.subtotal()), vat,
                m.money(draft.total()), vatNote, limits, error));
    }

    private void send(RoutingContext rc, Messages m, BillingModels.Usage model) {
        kit.send(rc, m, m.t("nav.console.usage"), "usage.jte", model);
    }

    /** A metric's month: its quantity, the part the free allowance covered, and what its charge lines come to. */
    private static BillingModels.UsageRow row(Messages m, PriceWords words, Metric metric, BigDecimal quantity, InvoiceDraft draft) {
        List<InvoiceLine> lines = draft.lines().stream().filter(l -> l.metric().equals(Optional.of(metric)) && l.kind() == LineKind.CHARGE).toList();
        Currency currency = draft.currency();
        String shown = words.quantity(metric, quantity, currency);
        if (lines.isEmpty()) {
            return new BillingModels.UsageRow(metric.code(), shown, m.t("con.usage.notCharged"), m.money(Money.zero(currency)));
        }
        BigDecimal free = lines.stream().map(InvoiceLine::freeAllowanceApplied).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money charged = lines.stream().map(InvoiceLine::amount).reduce(Money.zero(currency), Money::plus);
        String freeWords = free.signum() > 0 ? m.t("con.usage.free", words.quantity(metric, free, currency)) : m.t("con.usage.noneFree");
        return new BillingModels.UsageRow(metric.code(), shown, freeWords, m.money(charged));
    }

    private static List<BillingModels.Limit> limits(Messages m, PriceWords words, PlanVersion version, UsageService.PeriodUsage used) {
        List<BillingModels.Limit> limits = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            version.hardLimit(metric).ifPresent(limit -> {
                BigDecimal quantity = used.quantities().get(metric);
                long value = Math.min(quantity.longValue(), limit.longValue());
                limits.add(new BillingModels.Limit("limit-" + metric.code().replace('_', '-'), words.unitName(metric),
                        m.t("con.usage.limitUsed", words.number(quantity), words.number(limit)), value, limit.longValue(), quantity.compareTo(limit) >= 0));
            });
        }
        return limits;
    }

    private static String vatLabel(Messages m, PriceWords words, VatLine v) {
        return switch (v.treatment()) {
            case STANDARD -> m.t("con.usage.vatAt", words.number(v.ratePercent()));
            case REVERSE_CHARGE -> m.t("con.usage.vatReverse");
            case OUT_OF_SCOPE -> m.t("con.usage.vatOutOfScope");
        };
    }

    private static List<BillingModels.Option> months(Messages m, YearMonth current, YearMonth chosen) {
        List<BillingModels.Option> months = new ArrayList<>();
        boolean listed = false;
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = current.minusMonths(i);
            listed |= month.equals(chosen);
            months.add(new BillingModels.Option(month.toString(), label(m, month), month.equals(chosen)));
        }
        if (!listed) {
            months.add(new BillingModels.Option(chosen.toString(), label(m, chosen), true));
        }
        return months;
    }

    private static String label(Messages m, YearMonth month) {
        Locale locale = "fr".equals(m.language()) ? Locale.FRANCE : Locale.UK;
        return DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(month);
    }
}
