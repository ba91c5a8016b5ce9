package org.hearth.governance.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A posted entry.
 *
 * @param entryDate the date it is booked on: the document's date, or the first day of the open
 *     year when the document's year is already closed
 * @param reverses the entry this one reverses, or null
 */
public record Entry(UUID id, long seq, LocalDate entryDate, LocalDate documentDate, UUID yearId, EntryKind kind, String description,
                    String justification, String author, String currency, UUID reverses, OffsetDateTime postedAt, List<Line> lines) {
}
