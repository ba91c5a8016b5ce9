package org.hearth.governance.status;

import org.hearth.governance.ledger.LedgerRoutes;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/governance/years/{id}/status}. */
public final class StatusRoutes implements ApiRoutes {

    private final YearStatus status;

    public StatusRoutes(YearStatus status) {
        this.status = status;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("yearStatus", rc -> Api.json(rc, 200, StatusJson.of(status.of(LedgerRoutes.id(rc)))));
    }
}
