package org.hearth.datastore.mail;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.crypto.Aead;
import org.hearth.kernel.crypto.MasterKey;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.jooq.DSLContext;

/**
 * Seals what a queued mail says, and an individual's address: under the individual's data key
 * (so an erasure leaves it unreadable), or, for mail to an address outside the store, under the
 * master key. Each part is bound to its row and its role, so a part copied elsewhere will not open.
 */
final class MailSeal {

    private final DataKeys keys;
    private final MasterKeyRing masters;

    MailSeal(DataKeys keys, MasterKeyRing masters) {
        this.keys = keys;
        this.masters = masters;
    }

    MasterKey master() {
        return masters.current();
    }

    byte[] sealForIndividual(DSLContext tx, UUID individualId, UUID mailId, String part, String text) {
        return Aead.encrypt(keys.open(tx, individualId), bytes(text), context(mailId, part));
    }

    byte[] sealUnderMaster(MasterKey master, UUID mailId, String part, String text) {
        return Aead.encrypt(master.key(), bytes(text), context(mailId, part));
    }

    /** Opens a part of a queued row: under the master key it names, else under its individual's key. */
    String open(DSLContext dsl, MailRepository.Queued mail, String part, byte[] sealed) {
        SecretKey key = mail.masterKeyId() != null
                ? masters.byId(mail.masterKeyId()).orElseThrow(() -> new IllegalStateException(
                        "A queued mail is sealed under master key " + mail.masterKeyId() + ", which is not configured")).key()
                : keys.open(dsl, mail.individualId());
        return new String(Aead.decrypt(key, sealed, context(mail.id(), part)), StandardCharsets.UTF_8);
    }

    /** Re-seals a rendered part as the row was sealed. */
    byte[] reseal(DSLContext tx, MailRepository.Queued mail, String part, String text) {
        return mail.masterKeyId() != null
                ? Aead.encrypt(masters.byId(mail.masterKeyId()).orElseThrow().key(), bytes(text), context(mail.id(), part))
                : sealForIndividual(tx, mail.individualId(), mail.id(), part, text);
    }

    byte[] sealAddress(DSLContext tx, UUID individualId, String address) {
        return Aead.encrypt(keys.open(tx, individualId), bytes(address), addressContext(individualId));
    }

    String openAddress(DSLContext dsl, UUID individualId, byte[] sealed) {
        return new String(Aead.decrypt(keys.open(dsl, individualId), sealed, addressContext(individualId)), StandardCharsets.UTF_8);
    }

    private static byte[] context(UUID mailId, String part) {
        return ("hearth:mail:v1:" + part + ":" + mailId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] addressContext(UUID individualId) {
        return ("hearth:email:v1:" + individualId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
