package org.hearth.datastore;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Counts organisations' consented reads for billing, inside the access log's group commit: the
 * transaction that makes a batch of reads durable also carries their usage, so a read that was
 * logged was counted, once, and a read that was not was not. The tenants module implements it
 * (datastore does not depend on tenants); the application registers it with
 * {@link DatastoreModule#meterReadsWith(ReadMeter)}.
 */
@FunctionalInterface
public interface ReadMeter {

    /** One consented read: whose agreement, how many records it served and the bytes of their data. No personal data. */
    record Read(UUID tenantId, UUID agreementId, int records, long bytes) {
    }

    /** Meters nothing (the default, and the bench's HEARTH_METERING=off). */
    ReadMeter NONE = (tx, reads) -> { };

    /** Runs in the batch's transaction, under the system scope (a batch mixes tenants), with every read of the batch. */
    void metered(DSLContext tx, List<Read> reads);
}
