/**
 * Members in the charter's colleges, the board, meetings, resolutions and votes. A resolution's
 * result is computed by {@link org.hearth.governance.voting.Tally} with the charter's majority,
 * quorum and college weights, stored with its tally, and final: the database refuses to change
 * a vote or a result.
 */
package org.hearth.governance.board;
