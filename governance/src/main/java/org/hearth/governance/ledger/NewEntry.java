package org.hearth.governance.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An entry to post.
 *
 * @param date the date of the transaction (the document's date)
 * @param kind what it records; only {@link EntryKind#manual()} kinds may be posted by hand
 * @param justification a reference to the document that supports it (invoice number, grant letter, minute)
 */
public record NewEntry(LocalDate date, EntryKind kind, String description, String justification, List<Line> lines) {

    public NewEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }
}
