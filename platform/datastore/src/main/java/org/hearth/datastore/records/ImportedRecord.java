package org.hearth.datastore.records;

import org.hearth.datastore.Record;
import java.util.List;

/**
 * A record read from an export archive: its versions oldest first, its attachment if it had one,
 * and the delivering organisation's signature it carried ({@code verificationJws}, or null), kept
 * only while it still covers the last version.
 */
public record ImportedRecord(List<Record.Content> versions, String attachmentName, String attachmentType, byte[] attachment, String verificationJws) {

    public ImportedRecord(List<Record.Content> versions, String attachmentName, String attachmentType, byte[] attachment) {
        this(versions, attachmentName, attachmentType, attachment, null);
    }
}
