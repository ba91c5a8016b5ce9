package org.hearth.governance.board;

import java.util.Arrays;
import java.util.Locale;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** Which of the charter's rules a resolution is decided by. Stored and sent as {@link #code()}; the schema's CHECK lists the same codes. */
public enum ResolutionKind {
    ORDINARY, SPECIAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value named by {@code code}; 400 when it names none. */
    public static ResolutionKind parse(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "kind must be ordinary or special."));
    }
}
