package org.hearth.reporting.overview;

import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/** Counts for the operator: accounts, tenants, and events still waiting in the outbox. */
public final class OperatorOverview {

    public record Figures(long individuals, long tenants, long outboxPending) {
    }

    private final Db db;
    private final OverviewRepository repository = new OverviewRepository();

    public OperatorOverview(Db db) {
        this.db = db;
    }

    /**
     * The figures across every tenant: an operator's view, so it runs under the explicit, audited
     * system scope (row-level security shows no tenant's rows to a read without a scope).
     */
    public Figures figures(CallContext ctx) {
        return db.system(ctx, repository::figures);
    }
}
