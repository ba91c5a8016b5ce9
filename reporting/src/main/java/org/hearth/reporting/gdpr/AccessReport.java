package org.hearth.reporting.gdpr;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.OwnData;
import org.hearth.datastore.Record;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/**
 * The Article 15 access report of the signed-in individual: their data by category, the
 * agreements under which organisations may read it, where each record came from, and the access
 * log. Built from the owner's own reads of the store; never cached, never logged.
 */
public final class AccessReport {

    /** How many records of one category, and how many of them each source gave. */
    public record Category(String category, long records, long selfEntered, long delivered) {
    }

    public record Report(OffsetDateTime generatedAt, Controller controller, List<Category> categories, List<Record> records,
                         List<Agreement> agreements, Map<UUID, String> organisations, List<OwnData.Access> accesses) {

        /** The organisation's name, or null when it is no longer known. */
        public String organisation(UUID tenantId) {
            return tenantId == null ? null : organisations.get(tenantId);
        }

        /** The organisation that an access log entry names, when the entry is a tenant's. */
        public String organisation(OwnData.Access e) {
            if (!"tenant".equals(e.actorKind())) {
                return null;
            }
            try {
                return organisations.get(UUID.fromString(e.actorId()));
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }
    }

    private final Db db;
    private final Controller controller;
    private final Function<Actor, OwnData> store;
    private final Clock clock;
    private final ReportRepository repository = new ReportRepository();

    /** {@code store} reads the individual's own data (the datastore's {@code ownData}). */
    public AccessReport(Db db, Controller controller, Function<Actor, OwnData> store, Clock clock) {
        this.db = db;
        this.controller = controller;
        this.store = store;
        this.clock = clock;
    }

    public Report of(CallContext ctx) {
        if (ctx.actor().kind() != Actor.Kind.INDIVIDUAL) {
            throw new IllegalArgumentException("an access report is an individual's own");
        }
        OwnData data = store.apply(ctx.actor());
        Map<UUID, String> names = new HashMap<>();
        data.agreements().forEach(a -> names.put(a.tenantId(), a.tenantName()));
        Set<UUID> unknown = new HashSet<>();
        data.records().stream().map(Record::provenanceTenantId).filter(id -> id != null && !names.containsKey(id)).forEach(unknown::add);
        data.accesses().stream().filter(e -> "tenant".equals(e.actorKind())).forEach(e -> {
            try {
                UUID id = UUID.fromString(e.actorId());
                if (!names.containsKey(id)) {
                    unknown.add(id);
                }
            } catch (IllegalArgumentException notAnId) {
                // not a tenant id: shown by kind only
            }
        });
        if (!unknown.isEmpty()) {
            // Organisation names only (no tenant's data): read under the system scope, as reporting does.
            names.putAll(db.system(ctx, dsl -> repository.tenantNames(dsl, unknown)));
        }
        return new Report(OffsetDateTime.now(clock), controller, categories(data.records()), data.records(), data.agreements(),
                Map.copyOf(names), data.accesses());
    }

    private static List<Category> categories(List<Record> records) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Record r : records) {
            long[] c = counts.computeIfAbsent(r.category(), k -> new long[2]);
            c["tenant".equals(r.provenance()) ? 1 : 0]++;
        }
        return counts.entrySet().stream().map(e -> new Category(e.getKey(), e.getValue()[0] + e.getValue()[1], e.getValue()[0], e.getValue()[1])).toList();
    }
}
