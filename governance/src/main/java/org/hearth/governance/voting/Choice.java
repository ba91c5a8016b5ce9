package org.hearth.governance.voting;

/** How a member votes on a resolution. */
public enum Choice {
    FOR,
    AGAINST,
    /** Present and counted for the quorum, but not a vote cast. */
    ABSTAIN
}
