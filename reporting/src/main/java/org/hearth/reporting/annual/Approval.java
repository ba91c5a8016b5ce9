package org.hearth.reporting.annual;

import java.time.LocalDate;
import java.util.UUID;

/** The passed resolution that approved the report: its title and the day of its meeting. */
public record Approval(UUID resolutionId, String title, LocalDate on) {
}
