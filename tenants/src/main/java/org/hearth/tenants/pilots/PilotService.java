package org.hearth.tenants.pilots;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;

/** The public body's side: propose a pilot, see its own pilots (row-level security keeps it to them). */
public final class PilotService {

    /** The only kind of tenant that proposes pilots. */
    public static final String PUBLIC_BODY = "public_body";

    private final Db db;
    private final Clock clock;
    private final PilotRepository repository = new PilotRepository();

    public PilotService(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores a proposal of a tenant of kind {@code tenantKind}: only a public body may propose (403 otherwise). */
    public Pilot propose(CallContext ctx, TenantScope scope, String tenantKind, NewPilot pilot) {
        requirePublicBody(tenantKind);
        PilotRules.check(pilot, today());
        UUID id = Ids.newId();
        return db.write(ctx, scope, tx -> {
            repository.insert(tx, scope, id, pilot);
            return repository.ofTenant(tx, scope, id).orElseThrow();
        });
    }

    /** 403 unless the tenant is a public body. */
    public static void requirePublicBody(String tenantKind) {
        if (!PUBLIC_BODY.equals(tenantKind)) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Only a public body proposes pilots; your organisation's kind is " + tenantKind + ".");
        }
    }

    public List<Pilot> mine(TenantScope scope) {
        return db.read(scope, "pilots.mine", dsl -> repository.forTenant(dsl, scope));
    }

    public Pilot mine(TenantScope scope, UUID id) {
        return db.read(scope, "pilots.get", dsl -> repository.ofTenant(dsl, scope, id)).orElseThrow(PilotService::notFound);
    }

    /** Today as pilots count days: in UTC, as their end ({@code ends_on}'s end, UTC) is stored. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no pilot with this id.");
    }
}
