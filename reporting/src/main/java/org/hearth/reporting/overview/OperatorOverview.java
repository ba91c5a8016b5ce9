package org.hearth.reporting.overview;

import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/** Counts for the operator: accounts, tenants, and events still waiting in the outbox. */
public final class OperatorOverview {

    public record Figures(long individuals, long tenants, long outboxPending) {
    }

    private final Db db;

    public OperatorOverview(Db db) {
        this.db = db;
    }

    /** Counts across every tenant: the operator's view, under the audited system scope (row-level security fails closed). */
    public Figures figures(CallContext ctx) {
        return db.system(ctx, dsl -> new Figures(
                dsl.fetchCount(INDIVIDUALS, INDIVIDUALS.ERASED_AT.isNull()),
                dsl.fetchCount(TENANTS_),
                dsl.fetchCount(OUTBOX_EVENTS, OUTBOX_EVENTS.PUBLISHED_AT.isNull())));
    }
}
