package org.hearth.kernel.db;

/** The data directory belongs to another running instance. */
public final class DataDirectoryInUseException extends RuntimeException {
    public DataDirectoryInUseException(String message) {
        super(message);
    }
}
