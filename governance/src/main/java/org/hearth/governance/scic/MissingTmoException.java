package org.hearth.governance.scic;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The cap on interest on shares cannot be worked out because the TMO of a year it averages has
 * not been recorded. Nothing is estimated in its place: the yearly average is published, and must
 * be recorded as a reference value first. Rendered as {@link ErrorCode#CONFLICT}: the request is
 * well formed, the recorded data cannot answer it yet.
 */
public final class MissingTmoException extends HearthException {

    private static final long serialVersionUID = 1L;

    private final Year meetingYear;
    private final List<Year> missingYears;

    MissingTmoException(Year meetingYear, List<Year> missingYears) {
        super(ErrorCode.CONFLICT, "no TMO is recorded for " + joined(missingYears) + "; the cap on interest on shares"
                + " for a general meeting in " + meetingYear + " averages the TMO of the three calendar years before it"
                + " (art. 14 of loi 47-1775)", Map.of("meetingYear", meetingYear.getValue(),
                        "missingYears", missingYears.stream().map(Year::getValue).toList()));
        this.meetingYear = meetingYear;
        this.missingYears = List.copyOf(missingYears);
    }

    /** Year of the general meeting the cap was asked for. */
    public Year meetingYear() {
        return meetingYear;
    }

    /** The years whose TMO is missing, in order. */
    public List<Year> missingYears() {
        return missingYears;
    }

    private static String joined(List<Year> years) {
        return years.stream().map(Year::toString).collect(Collectors.joining(", "));
    }
}
