package org.hearth.web.audit;

import java.util.List;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Lists the audit trail for operators. The listing runs under the system scope (it sees every
 * tenant's rows) and is itself audited: reading the trail leaves a row in it.
 */
public final class AuditTrail {

    /** One page of entries, newest first, and the cursor of the next (older) page when there is one. */
    public record Page(List<AuditEntry> items, Optional<Long> nextBefore) {
    }

    private final Db db;
    private final AuditRepository repository = new AuditRepository();

    public AuditTrail(Db db) {
        this.db = db;
    }

    public Page list(CallContext ctx, AuditQuery query) {
        Actor actor = ctx.actor();
        if (!actor.is(Actor.Kind.STAFF) || !actor.hasRole("operator")) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Only operators read the audit trail.");
        }
        List<AuditEntry> rows = db.system(ctx, dsl -> repository.list(dsl, query));
        if (rows.size() > query.limit()) {
            List<AuditEntry> page = rows.subList(0, query.limit());
            return new Page(List.copyOf(page), Optional.of(page.getLast().id()));
        }
        return new Page(List.copyOf(rows), Optional.empty());
    }
}
