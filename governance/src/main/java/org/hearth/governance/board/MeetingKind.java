package org.hearth.governance.board;

import java.util.Arrays;
import java.util.Locale;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** A general meeting (members vote by college) or a board meeting (board members, one vote each). Stored and sent as {@link #code()}; the schema's CHECK lists the same codes. */
public enum MeetingKind {
    GENERAL, BOARD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value named by {@code code}; 400 when it names none. */
    public static MeetingKind parse(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "kind must be general or board."));
    }
}
