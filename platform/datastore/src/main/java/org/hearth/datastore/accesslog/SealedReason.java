package org.hearth.datastore.accesslog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.kernel.crypto.Aead;

/**
 * An operator's emergency-access reason is free text that often names the person and why (a
 * court order, a medical emergency): it is stored encrypted under the individual's data key, so
 * it goes with the key at erasure. The chain hash covers the stored (sealed) text, so the chain
 * still verifies without the key and any change to it still breaks the chain.
 */
final class SealedReason {

    private static final String PREFIX = "sealed:v1:";

    private SealedReason() {
    }

    /** Whether this entry's reason is sealed: only operators' emergency accesses are free text. */
    static boolean applies(String actorKind, String action) {
        return "operator".equals(actorKind) && "emergency_access".equals(action);
    }

    static String seal(SecretKey key, UUID individualId, String reason) {
        byte[] sealed = Aead.encrypt(key, reason.getBytes(StandardCharsets.UTF_8), context(individualId));
        return PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    static String open(SecretKey key, UUID individualId, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored; // written before reasons were sealed
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        return new String(Aead.decrypt(key, sealed, context(individualId)), StandardCharsets.UTF_8);
    }

    private static byte[] context(UUID individualId) {
        return ("hearth:access-log:" + individualId + ":reason").getBytes(StandardCharsets.UTF_8);
    }
}
