/**
 * Members in the charter's colleges, the board, meetings, resolutions and votes. A resolution's
 * result is computed by {@link org.hearth.governance.voting.Tally} with the charter's majority,
 * quorum and college weights, stored with its tally, and final: the database refuses to change
 * a vote or a result. Meeting kinds, resolution kinds and subjects are enums ({@code MeetingKind},
 * {@code ResolutionKind}, {@code ResolutionSubject}); the tally is a {@code ResolutionTally} record,
 * stored as JSONB through {@code TallyJson}, the one JSON shape it has. Tables: {@code BoardRepository}.
 */
package org.hearth.governance.board;
