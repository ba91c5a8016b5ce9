package org.hearth.web.audit;

import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.db.Tenancy;
import org.hearth.schema.generated.platform.tables.records.AuditLogRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit trail's queries: newest first, by id, which follows the order of the appends. */
final class AuditRepository {

    /** One more row than asked, to know whether an older page exists. */
    List<AuditEntry> list(DSLContext dsl, AuditQuery query) {
        List<Condition> where = new ArrayList<>();
        // Not the row this listing's own (audited) transaction just appended.
        where.add(AUDIT_LOG.TX_ID.ne(DSL.function("txid_current", Long.class)));
        query.actor().ifPresent(id -> where.add(AUDIT_LOG.ACTOR_ID.eq(id)));
        query.tenant().ifPresent(id -> where.add(Tenancy.ofTenant(AUDIT_LOG, id)));
        query.operation().ifPresent(op -> where.add(AUDIT_LOG.OPERATION.eq(op)));
        query.from().ifPresent(at -> where.add(AUDIT_LOG.AT.ge(at.atOffset(ZoneOffset.UTC))));
        query.to().ifPresent(at -> where.add(AUDIT_LOG.AT.lt(at.atOffset(ZoneOffset.UTC))));
        query.before().ifPresent(id -> where.add(AUDIT_LOG.ID.lt(id)));
        return dsl.selectFrom(AUDIT_LOG).where(DSL.and(where)).orderBy(AUDIT_LOG.ID.desc()).limit(query.limit() + 1)
                .fetch(AuditRepository::entry);
    }

    private static AuditEntry entry(AuditLogRecord row) {
        return new AuditEntry(row.getId(), row.getAt().toInstant(), row.getActorKind(), row.getActorId(), Optional.ofNullable(row.getActorPerson()),
                row.getCredential(), row.getOperation(), row.getRequestId(), Optional.ofNullable(row.getTenantId()), row.getScope());
    }
}
