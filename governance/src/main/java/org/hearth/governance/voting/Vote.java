package org.hearth.governance.voting;

import java.util.Objects;

/**
 * One member's vote on a resolution.
 *
 * @param memberId stable identifier of the member
 * @param collegeId the college the member votes in
 * @param choice for, against, or abstain
 */
public record Vote(String memberId, String collegeId, Choice choice) {

    public Vote {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(collegeId, "collegeId");
        Objects.requireNonNull(choice, "choice");
    }
}
