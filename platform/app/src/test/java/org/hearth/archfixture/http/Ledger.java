package org.hearth.archfixture.http;

/** Broken: not named a service, but holds the Db facade, so it is one, and it speaks JSON (rule a). */
class Ledger {
    private final org.hearth.kernel.db.Db db = null;

    void show(io.vertx.core.json.JsonObject figures) {
    }
}
