package org.hearth.governance.voting;

import java.util.Locale;
import java.util.Map;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** A vote or a roll that cannot be counted as given; nothing is counted until it is put right. */
public final class BallotException extends HearthException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, with the error code each is rendered as. */
    public enum Problem {
        /** A vote or a roll names a college the charter does not have. */
        UNKNOWN_COLLEGE(ErrorCode.BAD_REQUEST),
        /** The member is not on the roll of the college they vote in. */
        NOT_ENTITLED(ErrorCode.FORBIDDEN),
        /** The member has already voted: one member, one vote. */
        DUPLICATE_VOTE(ErrorCode.CONFLICT),
        /** The roll lists the member in two colleges, which would give them two votes. */
        MEMBER_IN_TWO_COLLEGES(ErrorCode.CONFLICT);

        private final ErrorCode code;

        Problem(ErrorCode code) {
            this.code = code;
        }
    }

    private final Problem problem;

    BallotException(Problem problem, String detail) {
        super(problem.code, detail, Map.of("problem", problem.name().toLowerCase(Locale.ROOT)));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
