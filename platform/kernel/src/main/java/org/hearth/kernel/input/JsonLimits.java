package org.hearth.kernel.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;

/**
 * One streaming pass over a JSON document, before anything parses it into objects: it must be
 * well formed, nest at most {@link #MAX_DEPTH} deep, hold no number longer than
 * {@link #MAX_NUMBER_LENGTH} characters and no text PostgreSQL cannot store ({@link SafeText}).
 * The depth bound is far below the 1000 levels at which the JSON encoder gives up, so whatever
 * is stored inside a response envelope can always be served again.
 */
public final class JsonLimits {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_NUMBER_LENGTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).maxNumberLength(MAX_NUMBER_LENGTH + 1).build())
            .build();

    private JsonLimits() {
    }

    /** A document that is not JSON at all (as opposed to JSON outside the limits). */
    public static final class Malformed extends RuntimeException {
        Malformed() {
            super("not valid JSON", null, false, false);
        }
    }

    /**
     * @throws Malformed     if it is not one well-formed JSON value
     * @throws InputRejected if it is JSON beyond the limits
     */
    public static void check(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            scan(parser);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** As {@link #check(byte[])}, reading the stream to its end (it is not closed). */
    public static void check(InputStream json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            scan(parser);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static RuntimeException failure(IOException e) {
        if (e instanceof StreamConstraintsException) {
            return new InputRejected("The JSON nests deeper than " + MAX_DEPTH + " levels or has a number longer than "
                    + MAX_NUMBER_LENGTH + " characters.");
        }
        return new Malformed();
    }

    private static void scan(JsonParser parser) throws IOException {
        int depth = 0;
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new Malformed();
        }
        for (; token != null; token = depth == 0 ? null : parser.nextToken()) {
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (++depth > MAX_DEPTH) {
                        throw new InputRejected("The JSON nests deeper than " + MAX_DEPTH + " levels.");
                    }
                }
                case END_OBJECT, END_ARRAY -> depth--;
                case FIELD_NAME, VALUE_STRING -> text(parser);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    if (parser.getTextLength() > MAX_NUMBER_LENGTH) {
                        throw new InputRejected("The JSON has a number longer than " + MAX_NUMBER_LENGTH + " characters.");
                    }
                }
                default -> {
                }
            }
        }
        if (parser.nextToken() != null) {
            throw new Malformed(); // a second value after the first
        }
    }

    private static void text(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        SafeText.check(java.nio.CharBuffer.wrap(chars), offset, offset + parser.getTextLength(), "A JSON string");
    }
}
