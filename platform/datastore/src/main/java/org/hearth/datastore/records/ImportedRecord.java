package org.hearth.datastore.records;

import org.hearth.datastore.Record;
import java.util.List;

/** A record read from an export archive: its versions oldest first, and its attachment if it had one. */
public record ImportedRecord(List<Record.Content> versions, String attachmentName, String attachmentType, byte[] attachment) {
}
