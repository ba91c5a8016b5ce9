package org.hearth.governance.billing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.governance.ledger.Accounts;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.outbox.OutboxPosition;
import org.hearth.kernel.work.PollingWorker;
import org.hearth.kernel.work.Worker;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books billing's revenue from the outbox. Each batch reads the committed events after the
 * poster's durable cursor, books every billing event not yet handled, records it in
 * {@code governance.billing_postings} and moves the cursor, all in one audited transaction under
 * the system scope: a crash books nothing or everything of a batch, and a replay (the cursor
 * reset) books nothing twice, since an event id is recorded once.
 *
 * <p>An event that cannot be booked (a malformed payload, another currency, amounts that do not
 * add up) rolls its batch back; the batch is then run again with that event recorded as
 * {@code rejected} with its reason, so one bad event never stops the ones behind it, and
 * operators see it in {@link #rejected}. An event dated where no financial year is open holds
 * the poster (retried, logged) until an operator opens the year: revenue is never dropped.
 */
public final class RevenuePoster {

    static final String CURSOR = "billing-revenue";
    static final String JOB = "governance.book_billing";
    private static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RevenuePoster.class);

    /** Why one event of a batch cannot be booked: the batch is rolled back and run again recording it. */
    private static final class Unbookable extends RuntimeException {
        final UUID eventId;

        Unbookable(UUID eventId, String reason) {
            super(reason, null, false, false);
            this.eventId = eventId;
        }
    }

    private final Db db;
    private final Ledger ledger;
    private final RevenueEntries entries;
    private final BillingRepository repository = new BillingRepository();
    /** The cursor as this process last saw it; null until the first batch (another node may move it further). */
    private final AtomicReference<OutboxPosition> seen = new AtomicReference<>();

    public RevenuePoster(Db db, Ledger ledger) {
        this.db = db;
        this.ledger = ledger;
        this.entries = new RevenueEntries(ledger.currency());
    }

    /** The polling worker the platform starts after wiring. */
    public Worker worker(Duration idle) {
        return new PollingWorker("governance-billing-revenue", this::runOnce, idle);
    }

    /** Books the next batch; returns how many outbox rows it read (0 when idle, without opening a transaction). */
    public int runOnce() {
        OutboxPosition known = seen.get();
        if (known != null && !db.read("governance.billing_outbox_head", dsl -> repository.anyEventAfter(dsl, known))) {
            return 0;
        }
        CallContext ctx = CallContext.system(JOB);
        Map<UUID, String> rejections = new HashMap<>();
        while (true) {
            try {
                AtomicReference<OutboxPosition> last = new AtomicReference<>();
                int read = db.system(ctx, tx -> batch(ctx, tx, rejections, last));
                // Only once committed: a batch rolled back must be read again on the next poll.
                seen.set(last.get());
                return read;
            } catch (Unbookable u) {
                if (rejections.putIfAbsent(u.eventId, u.getMessage()) != null) {
                    throw new IllegalStateException("event " + u.eventId + " was rejected twice in one batch");
                }
                LOG.warn("billing event {} cannot be booked and is recorded as rejected: {}", u.eventId, u.getMessage());
            }
        }
    }

    /** Sets the cursor back to the start of the outbox: every event is read again, and none is booked twice. */
    public void replay(CallContext ctx) {
        db.system(ctx, tx -> {
            repository.lockCursor(tx, CURSOR);
            repository.moveCursor(tx, CURSOR, OutboxPosition.START);
            return null;
        });
        seen.set(null);
    }

    /** The newest rejected events (at most 200), newest first: what operators must look at. */
    public List<RejectedEvent> rejected() {
        return db.read("governance.billing_rejected", dsl -> repository.rejected(dsl, 200));
    }

    private int batch(CallContext ctx, DSLContext tx, Map<UUID, String> rejections, AtomicReference<OutboxPosition> lastRead) {
        OutboxPosition after = repository.lockCursor(tx, CURSOR);
        List<BillingRepository.OutboxRow> rows = repository.eventsAfter(tx, after, BATCH);
        RevenueEntries.Chart chart = null;
        for (BillingRepository.OutboxRow row : rows) {
            if (!BillingEvent.TYPES.contains(row.eventType()) || repository.handled(tx, row.eventId())) {
                continue;
            }
            String rejected = rejections.get(row.eventId());
            if (rejected != null) {
                repository.record(tx, row, "rejected", null, rejected.length() > 1000 ? rejected.substring(0, 1000) : rejected);
                continue;
            }
            if (chart == null) {
                ledger.postings().lockGovernance(tx);
                chart = chart(tx);
            }
            book(ctx, tx, row, chart);
        }
        OutboxPosition last = rows.isEmpty() ? after : rows.getLast().position();
        if (!rows.isEmpty()) {
            repository.moveCursor(tx, CURSOR, last);
        }
        lastRead.set(last);
        return rows.size();
    }

    private void book(CallContext ctx, DSLContext tx, BillingRepository.OutboxRow row, RevenueEntries.Chart chart) {
        Optional<NewEntry> entry;
        try {
            entry = entries.entryFor(BillingEventJson.decode(row.eventType(), row.payloadJson() == null ? "" : row.payloadJson()), chart);
        } catch (BillingEventJson.Malformed | RevenueEntries.Refused e) {
            throw new Unbookable(row.eventId(), e.getMessage());
        }
        if (entry.isEmpty()) {
            repository.record(tx, row, "nothing_to_post", null, null);
            return;
        }
        Entry posted;
        try {
            posted = ledger.postings().postIn(tx, ctx, entry.get());
        } catch (HearthException e) {
            if (e.code() == ErrorCode.NO_OPEN_YEAR) {
                throw e;
            }
            throw new Unbookable(row.eventId(), e.getMessage());
        }
        repository.record(tx, row, "posted", posted.id(), null);
    }

    private RevenueEntries.Chart chart(DSLContext tx) {
        Accounts accounts = ledger.accounts();
        return new RevenueEntries.Chart(accounts.withRole(tx, ChartOfAccounts.RECEIVABLES).code(), accounts.withRole(tx, ChartOfAccounts.CASH).code(),
                accounts.withRole(tx, ChartOfAccounts.VAT_PAYABLE).code(), accounts.withRole(tx, "revenue:subscriptions").code(),
                accounts.withRole(tx, "revenue:usage_fees").code(), accounts.withRole(tx, "revenue:commissions").code(),
                accounts.withRole(tx, "revenue:grants").code());
    }
}
