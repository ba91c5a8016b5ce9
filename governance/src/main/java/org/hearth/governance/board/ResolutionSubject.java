package org.hearth.governance.board;

import java.util.Arrays;
import java.util.Locale;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** What a resolution decides; the operations it authorises ask for their subject. Stored and sent as {@link #code()}; the schema's CHECK lists the same codes. */
public enum ResolutionSubject {
    DIVIDEND, ANNUAL_REPORT, SHARE_INTEREST, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value named by {@code code}; 400 when it names none. */
    public static ResolutionSubject parse(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "subject must be one of [dividend, annual_report, share_interest, other]."));
    }
}
