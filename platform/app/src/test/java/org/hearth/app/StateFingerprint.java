package org.hearth.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.schema.generated.DefaultCatalog;
import org.jooq.Table;

/**
 * What a refused request must not change: the row count of every Hearth table, and a digest of
 * the content of every table that background work (outbox, webhook attempts) and sign-ins
 * (last-used times, failure counters) do not touch on their own.
 */
final class StateFingerprint {

    private static final Set<String> MOVING = Set.of("outbox_events", "outbox_cursors", "webhook_attempts", "webhook_deliveries",
            "personal_access_tokens", "clients", "staff", "members", "individuals", "idempotency_keys", "signing_keys",
            // The mail, export and import workers settle rows on their own (a pending mail becomes sent or kept; a copy or an import moves on).
            "mail_queue", "export_jobs", "export_parts", "import_jobs", "import_parts");

    /**
     * The platform's background jobs, which audit their work under their own names, and the
     * password throttle, which counts every password check whatever becomes of the request (issue 9).
     */
    private static final String BACKGROUND_JOBS = "'webhooks-fanout', 'webhooks-sender', 'webhooks-sender.record', 'idempotency-expiry', "
            + "'agreement-expiry', 'agreements.expire_due', 'outbox.dispatch', 'accesslog.append', 'password_throttle.reserve', 'password_throttle.clear', "
            + "'governance.book_billing', 'mail.send', 'mail.expire_local', 'exports.prepare', 'exports.prepare.failed', 'imports.add', 'imports.add.failed'";

    /** The unit of a plan's limit an act takes first and gives back when refused (UsageLimits), audited both ways. */
    private static final String LIMIT_BOOKKEEPING = "'usage.limit_take', 'usage.limit_give_back'";

    private StateFingerprint() {
    }

    private static String query;

    /** One query over every table, so that taking a fingerprint costs one round trip. */
    private static synchronized String query() {
        if (query == null) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (var schema : DefaultCatalog.DEFAULT_CATALOG.getSchemas()) {
                for (Table<?> table : schema.getTables()) {
                    if (table.getTableType() != org.jooq.TableOptions.TableType.TABLE) {
                        continue;  // a table-valued function, such as tenants.check_tenant
                    }
                    String name = schema.getName() + "." + table.getName();
                    // A plan's limit counter is derived from tenants.usage (fingerprinted itself): an act
                    // starts the month's counter from committed usage, takes a unit before it runs and
                    // gives it back if it is refused, so the counter's rows are bookkeeping, not state.
                    String content = MOVING.contains(table.getName()) || name.equals("tenants.limit_counters") ? "''"
                            : "md5(coalesce(string_agg(t::text, '|' order by t::text), ''))";
                    // Background jobs append their own audit rows whenever they find work; a request's rows are what must not appear.
                    String where = name.equals("platform.audit_log") ? " where (t.actor_kind <> 'system' or t.operation not in (" + BACKGROUND_JOBS + "))"
                            + " and t.operation not in (" + LIMIT_BOOKKEEPING + ")" : "";
                    String counted = name.equals("tenants.limit_counters") ? "coalesce(max(''), '')" : "count(*) || ' ' || " + content;
                    parts.add("select '" + name + "' as name, " + counted + " as print from " + name + " t" + where);
                }
            }
            query = String.join(" union all ", parts);
        }
        return query;
    }

    static Map<String, String> take() {
        return TestDatabase.get().db().read("test.fingerprint", dsl -> {
            Map<String, String> print = new LinkedHashMap<>();
            dsl.fetch(query()).forEach(row -> print.put(row.get(0, String.class), row.get(1, String.class)));
            return print;
        });
    }

    /** The tables whose fingerprint differs, for the failure message. */
    static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new java.util.TreeSet<>();
        after.forEach((table, value) -> {
            if (!value.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }
}
