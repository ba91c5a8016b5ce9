package org.hearth.tenants.billing.details;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET} and {@code PUT /api/v1/tenant/billing-details}: who the organisation's invoices are made out to. */
public final class BillingDetailsRoutes implements ApiRoutes {

    private final BillingDetailsService details;
    private final TenantCalls tenants;

    public BillingDetailsRoutes(BillingDetailsService details, TenantCalls tenants) {
        this.details = details;
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getBillingDetails", tenants.guarded(this::get));
        operations.handle("putBillingDetails", tenants.guarded(this::put));
    }

    private void get(RoutingContext rc) {
        Api.json(rc, 200, BillingDetailsJson.of(details.details(Calls.actor(rc), Calls.tenant(rc))));
    }

    private void put(RoutingContext rc) {
        BillingDetails saved = details.replace(Calls.context(rc), Calls.tenant(rc), BillingDetailsJson.entered(Api.body(rc)));
        Api.json(rc, 200, BillingDetailsJson.of(Optional.of(saved)));
    }
}
