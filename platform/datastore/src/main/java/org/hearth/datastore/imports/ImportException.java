package org.hearth.datastore.imports;

/** A file that cannot be imported; {@code reason} names a message ({@code import.error.<reason>}) the page shows in the person's language. */
public final class ImportException extends RuntimeException {

    private final String reason;

    public ImportException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
