package org.hearth.kernel.crypto;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.kernel.config.ConfigException;

/**
 * The AES-256 key that wraps every individual's data key. Its id is a digest of the key, so a
 * wrapped key records which master key can open it without revealing anything about it.
 */
public final class MasterKey {

    private final SecretKey key;
    private final String id;
    private final String base64;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.base64 = Base64.getEncoder().encodeToString(bytes);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            this.id = "mk-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MasterKey fromBase64(String variable, String value) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(variable + " must be base64 (32 random bytes, e.g. from `openssl rand -base64 32`)");
        }
        if (bytes.length != 32) {
            throw new ConfigException(variable + " must decode to 32 bytes (got " + bytes.length + ")");
        }
        return new MasterKey(bytes);
    }

    public SecretKey key() {
        return key;
    }

    public String id() {
        return id;
    }

    /** The key itself, for writing it back to its secrets file; never log it. */
    String toBase64() {
        return base64;
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
