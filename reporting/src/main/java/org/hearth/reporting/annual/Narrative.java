package org.hearth.reporting.annual;

import java.time.Instant;

/** One version of a narrative part as a board member wrote it. */
public record Narrative(String part, String body, String author, Instant writtenAt) {
}
