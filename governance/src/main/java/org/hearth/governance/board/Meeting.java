package org.hearth.governance.board;

import java.time.LocalDate;
import java.util.UUID;

/** A general meeting (members vote by college) or a board meeting (board members, one vote each). */
public record Meeting(UUID id, LocalDate heldOn, MeetingKind kind, String title) {
}
