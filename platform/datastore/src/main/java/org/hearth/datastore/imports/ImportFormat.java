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

    static String lower(String filename) {
        return filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
    }
}
