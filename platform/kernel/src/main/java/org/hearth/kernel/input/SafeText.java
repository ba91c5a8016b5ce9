package org.hearth.kernel.input;

/**
 * Text the platform can store and serve: PostgreSQL's {@code text} and {@code jsonb} cannot hold
 * NUL (U+0000), and a lone UTF-16 surrogate has no UTF-8 form, so either would fail deep in a
 * write (or worse, be stored altered). Refused at the edge instead.
 */
public final class SafeText {

    private SafeText() {
    }

    /** @throws InputRejected if {@code text} has a NUL or a lone surrogate */
    public static void check(CharSequence text, String what) {
        check(text, 0, text.length(), what);
    }

    static void check(CharSequence text, int from, int to, String what) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputRejected(what + " contains a NUL character (U+0000), which cannot be stored.");
            }
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InputRejected(what + " contains a lone UTF-16 surrogate, which is not a character.");
            }
        }
    }

    /**
     * Checks the percent-encoding of a URI or form body: every {@code %} starts two hex digits,
     * and none encodes NUL.
     */
    public static void checkPercentEncoding(CharSequence encoded, String what) {
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == 0) {
                throw new InputRejected(what + " contains a NUL byte.");
            }
            if (c != '%') {
                continue;
            }
            if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0 || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                throw new InputRejected(what + " has a '%' that is not followed by two hexadecimal digits.");
            }
            if (encoded.charAt(i + 1) == '0' && encoded.charAt(i + 2) == '0') {
                throw new InputRejected(what + " encodes a NUL byte (%00), which cannot be stored.");
            }
            i += 2;
        }
    }
}
