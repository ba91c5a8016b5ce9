package org.hearth.archfixture.legacy;

import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.outbox.Outbox;

/** Broken: the four unaudited or untyped ways that issue 10 removes (rule e). */
@SuppressWarnings("removal")
class OldWrites {
    void all(Db db, UUID tenant) {
        db.tx("fixture.tx", dsl -> 1);
        db.txRun("fixture.txRun", dsl -> { });
        db.asTenant(tenant, "fixture.asTenant", dsl -> 1);
        db.read("fixture.read", dsl -> Outbox.append(dsl, "fixture", "1", "fixture.happened", Map.of()));
    }
}
