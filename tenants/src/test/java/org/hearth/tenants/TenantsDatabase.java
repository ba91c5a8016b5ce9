package org.hearth.tenants;

import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.MasterKey;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.schema.generated.platform.tables.records.AuditLogRecord;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL of the kernel's {@link TestDatabase}, as the application uses it: a
 * {@link Db} working as the role {@code hearth_app}, which row-level security binds (the test
 * database's own user is a superuser, which it would not). Resets and audit reads go through the
 * superuser.
 */
public final class TenantsDatabase {

    private static Db app;

    private TenantsDatabase() {
    }

    public static synchronized Db app() {
        if (app == null) {
            var external = TestDatabase.get().asExternal();
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(external.url());
            ds.setUser(external.user());
            ds.setPassword(external.password());
            ds.setOptions("-c role=hearth_app");
            app = new Db(ds, new SimpleMeterRegistry());
        }
        return app;
    }

    public static void reset() {
        TestDatabase.get().reset();
    }

    public static MasterKeyRing masterKeys() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new MasterKeyRing(MasterKey.fromBase64("HEARTH_MASTER_KEY", Base64.getEncoder().encodeToString(key)), List.of());
    }

    /** A tenant's OAuth client acting, with the guard's scope. */
    public static CallContext clientCall(UUID tenantId, String operation) {
        return new CallContext(Actor.client(tenantId, "hc_test"), operation, RequestId.generate());
    }

    public static TenantScope scope(UUID tenantId) {
        return TenantGuard.admit(Actor.client(tenantId, "hc_test"));
    }

    /** The audit rows of one operation, oldest first. */
    public static List<AuditLogRecord> audit(String operation) {
        return TestDatabase.get().db().read("test.audit", dsl -> dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.OPERATION.eq(operation))
                .orderBy(AUDIT_LOG.ID).fetch());
    }
}
