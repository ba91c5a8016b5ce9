package org.hearth.kernel.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.kernel.config.ConfigException;

/**
 * A keyed hash (HMAC-SHA256) for values we must find but must not store in clear, such as an
 * individual's email: the database holds only the digest, useless without this key.
 */
public final class LookupKey {

    private final SecretKeySpec key;

    private LookupKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public static LookupKey fromBase64(String variable, String value) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(variable + " must be base64 (32 random bytes)");
        }
        if (bytes.length < 32) {
            throw new ConfigException(variable + " must decode to at least 32 bytes (got " + bytes.length + ")");
        }
        return new LookupKey(bytes);
    }

    /** An HMAC of raw bytes under {@code purpose}: for integrity checks that must not be recomputable without the key. */
    public byte[] mac(String purpose, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** The digest of {@code value} under {@code purpose}, so equal values of different kinds never collide. */
    public byte[] digest(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
