package org.hearth.datastore.accesslog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.hearth.kernel.crypto.LookupKey;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The hash of one link: HMAC-SHA256, under a key that is not in the database, over the previous
 * link's hash and every field of the entry, each length-prefixed so that no two different entries
 * encode the same bytes. Someone with the database alone cannot recompute a chain they altered.
 */
final class ChainHash {

    static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    static byte[] of(LookupKey key, byte[] previous, UUID individualId, AccessEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(previous);
        field(out, individualId.toString());
        field(out, Long.toString(e.seq()));
        field(out, Long.toString(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, e.occurredAt().toInstant())));
        field(out, e.actorKind());
        field(out, e.actorId());
        field(out, e.action());
        field(out, e.agreementId() == null ? "" : e.agreementId().toString());
        field(out, Integer.toString(e.recordIds().size()));
        e.recordIds().forEach(id -> field(out, id.toString()));
        field(out, Integer.toString(e.categories().size()));
        e.categories().forEach(c -> field(out, c));
        field(out, e.reason());
        return key.mac("access-log-chain", out.toByteArray());
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
