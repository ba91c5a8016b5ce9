package org.hearth.governance.voting;

/** What the meeting decided on a resolution. */
public enum Outcome {
    /** Quorate, and the weighted votes in favour meet the resolution's majority. */
    PASSED,
    /** Quorate, and the majority was not reached (including when no vote was cast). */
    REJECTED,
    /** Too few of those entitled took part, weighted by college, for the meeting to decide. */
    NO_QUORUM
}
