package org.hearth.tenants.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import org.hearth.tenants.billing.details.BillingDetailsService;
import org.hearth.tenants.billing.plans.PlanSchedule;
import org.hearth.tenants.billing.usage.PlanPrices;
import org.hearth.tenants.billing.usage.UsageService;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * The console's billing pages beside the invoices: {@code /console/plan} (the organisation's plan
 * and its prices in words, any change of plan to come), {@code /console/usage} (a month's usage,
 * what is free and charged, the running estimate, how close a sandbox is to its limits) and
 * {@code /console/billing-details} (who invoices are made out to; admins change it).
 */
public final class ConsoleBillingPages {

    private final Security security;
    private final PlanPage plan;
    private final UsagePage usage;
    private final BillingDetailsPage details;

    public ConsoleBillingPages(Security security, TenantCalls tenants, BillingDetailsService details, UsageService usage, PlanPrices prices,
                               PlanSchedule schedule, Clock clock) {
        ConsoleContext kit = new ConsoleContext(security, tenants);
        this.security = security;
        this.plan = new PlanPage(kit, tenants, prices, schedule, clock);
        this.usage = new UsagePage(kit, tenants, usage, prices, clock);
        this.details = new BillingDetailsPage(kit, details);
    }

    public void mount(Router router) {
        var guard = security.pageGuard(Access.TENANT);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get("/console/plan").handler(guard).handler(plan::show);
        router.get("/console/usage").handler(guard).handler(usage::show);
        router.get("/console/billing-details").handler(guard).handler(details::show);
        router.post("/console/billing-details").handler(forms).handler(guard).handler(details::save);
    }
}
