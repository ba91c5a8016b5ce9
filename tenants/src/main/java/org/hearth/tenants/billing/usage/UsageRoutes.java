package org.hearth.tenants.billing.usage;

import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/tenant/usage?period=YYYY-MM}: the month's quantities and the running estimate. */
public final class UsageRoutes implements ApiRoutes {

    private final UsageService usage;
    private final TenantCalls tenants;
    private final Clock clock;

    public UsageRoutes(UsageService usage, TenantCalls tenants, Clock clock) {
        this.usage = usage;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getTenantUsage", tenants.guarded(this::get));
    }

    private void get(RoutingContext rc) {
        String param = rc.queryParams().get("period");
        YearMonth month;
        try {
            month = param == null ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : YearMonth.parse(param);
        } catch (DateTimeParseException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "period must be a month, YYYY-MM.");
        }
        Api.json(rc, 200, UsageJson.of(usage.usage(Calls.tenant(rc), tenants.admitted(rc).plan(), month)));
    }
}
