package org.hearth.kernel.error;

import java.util.Map;

/**
 * A failure the caller can act on. Services throw it; the web layer renders it as problem JSON
 * with the code's status, and {@link #extensions()} as extra members.
 */
public class HearthException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> extensions;

    public HearthException(ErrorCode code, String detail) {
        this(code, detail, Map.of());
    }

    public HearthException(ErrorCode code, String detail, Map<String, Object> extensions) {
        super(detail);
        this.code = code;
        this.extensions = Map.copyOf(extensions);
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
