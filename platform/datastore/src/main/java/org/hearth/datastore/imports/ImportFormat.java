package org.hearth.datastore.imports;

import java.util.List;

/** A kind of file Hearth can read: how to recognise it and what records it becomes. */
interface ImportFormat {

    /** A short code, recorded as the records' provenance ({@code import:<code>}) and naming its label ({@code import.format.<code>}). */
    String code();

    /** Whether a file of this name beginning with {@code head} (its first characters) is of this format. */
    boolean recognises(String filename, String head);

    /** The records the file becomes; {@link ImportException} when it cannot be read. */
    List<ImportedRecord> read(byte[] file);

    /**
     * The records the file becomes, a moment the file gives as an instant (a track's start) told
     * as the date and time of day in {@code zone}, the person's: a morning run at 06:00 UTC in July
     * is the 08:00 run a person in Paris remembers. Formats without such moments ignore it.
     */
    default List<ImportedRecord> read(byte[] file, java.time.ZoneId zone) {
        return read(file);
    }

    static String lower(String filename) {
        return filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
    }
}
