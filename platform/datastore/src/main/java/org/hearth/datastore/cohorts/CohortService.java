package org.hearth.datastore.cohorts;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hearth.datastore.PilotCohorts;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.accesslog.PilotInclusion;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.jooq.DSLContext;

/**
 * Reads a pilot's cohort and logs its inclusions. The rows come sealed, a batch at a time, and
 * are opened in parallel (each participant's data key unwrapped once, then their record
 * decrypted): at a hundred thousand participants the AES work, not the database, is most of
 * the time. The batch is handed on in the order it was read.
 */
public final class CohortService implements PilotCohorts {

    static final int BATCH = 4096;

    private final Db db;
    private final DataKeys keys;
    private final RecordService records;
    private final java.time.Clock clock;
    private final CohortRepository repository = new CohortRepository();
    private final InclusionRepository inclusions = new InclusionRepository();

    public CohortService(Db db, DataKeys keys, RecordService records, java.time.Clock clock) {
        this.db = db;
        this.keys = keys;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public <T> void forEachParticipant(CallContext ctx, UUID dataRequestId, String schema, java.util.function.Function<Participant, T> read,
                                       Consumer<T> each) {
        db.system(ctx, dsl -> {
            // Each batch is opened and read on the common pool while the next is fetched; batches
            // are handed to the caller in the order they were read, on the caller's thread.
            java.util.ArrayDeque<java.util.concurrent.CompletableFuture<List<T>>> opening = new java.util.ArrayDeque<>();
            repository.stream(dsl, dataRequestId, schema, BATCH, rows -> {
                opening.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> open(rows, read)));
                while (opening.size() > 2) {
                    hand(opening.poll().join(), each);
                }
            });
            while (!opening.isEmpty()) {
                hand(opening.poll().join(), each);
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> open(List<CohortRepository.Sealed> rows, java.util.function.Function<Participant, T> read) {
        Object[] opened = new Object[rows.size()];
        java.util.stream.IntStream.range(0, opened.length).parallel().forEach(i -> opened[i] = read.apply(open(rows.get(i))));
        return (List<T>) java.util.Arrays.asList(opened);
    }

    private static <T> void hand(List<T> batch, Consumer<T> each) {
        for (T t : batch) {
            if (t != null) {
                each.accept(t);
            }
        }
    }

    private Participant open(CohortRepository.Sealed row) {
        var key = keys.openFetched(row.individualId(), row.wrappedKey(), row.masterKeyId(), row.keyVersion());
        return new Participant(row.individualId(), row.agreementId(), records.openData(key, row.recordId(), row.version(), row.dataCt()));
    }

    @Override
    public int logInclusion(CallContext ctx, List<Participant> participants, java.util.function.Function<DSLContext, Inclusion> recordFirst) {
        List<AccessLog.Under> who = participants.stream().map(p -> new AccessLog.Under(p.individualId(), p.agreementId()))
                .sorted(java.util.Comparator.comparing(AccessLog.Under::individualId)).toList();
        return db.system(ctx, tx -> {
            Inclusion inclusion = recordFirst.apply(tx);
            if (who.isEmpty()) {
                return 0;
            }
            String reason = new PilotInclusion(inclusion.pilotId(), inclusion.pilotTitle(), inclusion.organisation(), inclusion.question()).reason();
            inclusions.insert(tx, new InclusionRepository.Entry(java.time.OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                    "tenant", inclusion.tenantId().toString(), PilotInclusion.ACTION, inclusion.categories(), reason), who);
            return who.size();
        });
    }
}
