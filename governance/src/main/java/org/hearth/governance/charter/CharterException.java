package org.hearth.governance.charter;

/**
 * The charter cannot be used as written. The message is meant for the person editing
 * {@code CHARTER.md}: it names the file, the field, the value found and what is expected, e.g.
 * {@code CHARTER.md: colleges[2].weight = 60: for fr-scic each college must hold between 10% and
 * 50% of the votes}. List indexes count from 0.
 */
public final class CharterException extends RuntimeException {

    /** The {@link #field()} of errors about the fenced block itself: missing, doubled, not YAML. */
    public static final String BLOCK = "hearth-charter";

    private static final long serialVersionUID = 1L;
    private static final int MAX_VALUE_CHARS = 60;

    private final String source;
    private final String field;

    /**
     * @param value the offending value as written, or {@code null} when there is none to show
     *     (a missing field, a block-level problem)
     */
    CharterException(String source, String field, String value, String reason) {
        super(message(source, field, value, reason));
        this.source = source;
        this.field = field;
    }

    /** Path of the offending field, e.g. {@code colleges[2].weight}, or {@link #BLOCK}. */
    public String field() {
        return field;
    }

    /** Name of the file the charter was read from, e.g. {@code CHARTER.md}. */
    public String source() {
        return source;
    }

    private static String message(String source, String field, String value, String reason) {
        String where = source + ": " + field;
        return value == null ? where + ": " + reason : where + " = " + shorten(value) + ": " + reason;
    }

    // A pasted paragraph in the wrong field should not swamp the message that explains it.
    private static String shorten(String value) {
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() <= MAX_VALUE_CHARS ? oneLine : oneLine.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
