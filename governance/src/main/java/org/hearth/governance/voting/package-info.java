/**
 * Counting a general meeting's vote by college: pure functions over records, no database, no
 * HTTP, no JSON.
 *
 * <p>{@link org.hearth.governance.voting.Tally} takes the charter's colleges and their weights,
 * the members entitled to vote in each, the {@link org.hearth.governance.voting.Vote votes} and
 * the {@link org.hearth.governance.charter.ResolutionRule} of the resolution, and returns a
 * {@link org.hearth.governance.voting.TallyResult}: counts per college, weighted turnout and
 * result, and the {@link org.hearth.governance.voting.Outcome}. One member, one vote inside a
 * college; each college's result counts for its weight (art. 19 octies of loi 47-1775 for a SCIC;
 * the charter's colleges for a CIC). A vote that breaks the roll (a second vote, a member not
 * entitled, an unknown college) is a {@link org.hearth.governance.voting.BallotException}.
 */
package org.hearth.governance.voting;
