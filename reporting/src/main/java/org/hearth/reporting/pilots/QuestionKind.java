package org.hearth.reporting.pilots;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a question asks for: a number of participants, a sum, a mean, or counts per declared bin. */
public enum QuestionKind {
    COUNT, SUM, MEAN, HISTOGRAM;

    /** The wire name: {@code count}, {@code sum}, {@code mean}, {@code histogram}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionKind> of(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
