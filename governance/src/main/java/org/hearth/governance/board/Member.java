package org.hearth.governance.board;

import java.time.LocalDate;
import java.util.UUID;

/** A member of the company in one college; {@code board} when they also sit on the board. */
public record Member(UUID id, String name, String college, boolean board, LocalDate joinedOn, LocalDate leftOn) {

    /** Whether the member may vote at a meeting held on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
