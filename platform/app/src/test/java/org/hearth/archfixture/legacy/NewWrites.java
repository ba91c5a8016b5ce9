package org.hearth.archfixture.legacy;

import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/** Fine: an audited write. */
class NewWrites {
    void write(Db db, CallContext ctx) {
        db.write(ctx, dsl -> 1);
    }
}
