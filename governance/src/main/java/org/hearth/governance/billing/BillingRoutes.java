package org.hearth.governance.billing;

import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/governance/billing/rejected-events}: what operators must look at. */
public final class BillingRoutes implements ApiRoutes {

    private final RevenuePoster poster;

    public BillingRoutes(RevenuePoster poster) {
        this.poster = poster;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("billingRejectedEvents", rc -> Api.json(rc, 200, BillingJson.rejected(poster.rejected())));
    }
}
