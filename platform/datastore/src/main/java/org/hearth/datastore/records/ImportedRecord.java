package org.hearth.datastore.records;

import org.hearth.datastore.Record;
import java.util.List;

/**
 * A record read from an export archive: its versions oldest first, its attachment if it had one,
 * and the delivering organisation's signature it carried ({@code verificationJws}, or null; only
 * one checked against the organisation's key), kept only while it still covers the last version,
 * with who vouched ({@code voucher}).
 */
public record ImportedRecord(List<Record.Content> versions, String attachmentName, String attachmentType, byte[] attachment, String verificationJws,
                             Record.Voucher voucher) {

    public ImportedRecord(List<Record.Content> versions, String attachmentName, String attachmentType, byte[] attachment) {
        this(versions, attachmentName, attachmentType, attachment, null, null);
    }
}
