package org.hearth.tenants.deliveries;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hearth.kernel.crypto.LookupKey;

/**
 * The idempotency store's keyed digests (HMAC-SHA256 under the lookup key, which is not in the
 * database). A plain hash of a request could be brute-forced offline when its values are few (a
 * birth year, a postcode); a tenant's key may name a person. Each field is length-prefixed, so
 * that no two different requests encode to the same bytes.
 */
final class RequestDigest {

    private RequestDigest() {
    }

    /** Stands for the tenant's Idempotency-Key. */
    static byte[] ofKey(LookupKey lookupKey, UUID tenantId, String idempotencyKey) {
        return lookupKey.mac("idempotency-key", encode(tenantId.toString(), idempotencyKey));
    }

    /** Equal for the same delivery sent again, different when anything in it differs. */
    static byte[] ofRequest(LookupKey lookupKey, UUID tenantId, Delivery delivery) {
        var c = delivery.content();
        return lookupKey.mac("idempotency-request", encode(tenantId.toString(), delivery.agreementId().toString(), c.schema(), c.category(),
                c.title(), c.dataJson(), Boolean.toString(delivery.verified())));
    }

    private static byte[] encode(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : fields) {
            byte[] bytes = String.valueOf(field).getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
