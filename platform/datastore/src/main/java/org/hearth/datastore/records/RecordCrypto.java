package org.hearth.datastore.records;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.kernel.crypto.Aead;

/**
 * Encrypts a record's fields under the owner's data key with associated data naming the record,
 * the version and the field: a ciphertext copied to another row, version or field will not open.
 */
final class RecordCrypto {

    private RecordCrypto() {
    }

    static byte[] seal(SecretKey key, UUID recordId, int version, String field, byte[] plaintext) {
        return Aead.encrypt(key, plaintext, context(recordId, version, field));
    }

    static byte[] open(SecretKey key, UUID recordId, int version, String field, byte[] sealed) {
        return Aead.decrypt(key, sealed, context(recordId, version, field));
    }

    static byte[] sealText(SecretKey key, UUID recordId, int version, String field, String text) {
        return seal(key, recordId, version, field, text.getBytes(StandardCharsets.UTF_8));
    }

    static String openText(SecretKey key, UUID recordId, int version, String field, byte[] sealed) {
        return new String(open(key, recordId, version, field, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] context(UUID recordId, int version, String field) {
        return ("hearth:record:" + recordId + ":v" + version + ":" + field).getBytes(StandardCharsets.UTF_8);
    }
}
