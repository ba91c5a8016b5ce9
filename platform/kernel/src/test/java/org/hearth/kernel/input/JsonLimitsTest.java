package org.hearth.kernel.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    private static byte[] nested(int depth) {
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    private static void check(String json) {
        JsonLimits.check(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sixtyFourLevelsAreAcceptedAndSixtyFiveRefused() {
        assertDoesNotThrow(() -> JsonLimits.check(nested(64)));
        assertThrows(InputRejected.class, () -> JsonLimits.check(nested(65)));
        assertThrows(InputRejected.class, () -> JsonLimits.check(nested(998)));
        assertThrows(InputRejected.class, () -> JsonLimits.check(new java.io.ByteArrayInputStream(nested(5000))));
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedInValuesAndNamesButPairsAreText() {
        assertThrows(InputRejected.class, () -> check("{\"a\":\"x\\u0000y\"}"));
        assertThrows(InputRejected.class, () -> check("{\"a\\u0000\":1}"));
        assertThrows(InputRejected.class, () -> check("[\"\\ud800\"]"));
        assertThrows(InputRejected.class, () -> check("[\"\\udc00x\"]"));
        assertThrows(InputRejected.class, () -> check("[\"x\\ud83d\"]"));
        assertDoesNotThrow(() -> check("[\"\\ud83d\\ude00 and \uD83D\uDE00\"]"));
    }

    @Test
    void numbersAreAtMostThirtyTwoCharacters() {
        assertDoesNotThrow(() -> check("[12345678901234567890123456789012]"));
        assertThrows(InputRejected.class, () -> check("[123456789012345678901234567890123456789]"));
    }

    @Test
    void malformedOrTrailingContentIsNotJson() {
        assertThrows(JsonLimits.Malformed.class, () -> check("{\"a\":"));
        assertThrows(JsonLimits.Malformed.class, () -> check("{} {}"));
        assertThrows(JsonLimits.Malformed.class, () -> check(""));
        assertDoesNotThrow(() -> check("  \"just a string\"  "));
    }

    @Test
    void percentEncodingMustBeWellFormedAndEncodeNoNul() {
        assertDoesNotThrow(() -> SafeText.checkPercentEncoding("/a%20b?c=%C3%A9", "uri"));
        assertThrows(InputRejected.class, () -> SafeText.checkPercentEncoding("/a%00b", "uri"));
        assertThrows(InputRejected.class, () -> SafeText.checkPercentEncoding("/a?b=%zz", "uri"));
        assertThrows(InputRejected.class, () -> SafeText.checkPercentEncoding("/a%2", "uri"));
    }
}
