package org.hearth.governance.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Sample charters from {@code src/test/resources/charter} and a way to break them one line at a time. */
final class Samples {

    private Samples() {
    }

    static String read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/charter/" + name)) {
            assertNotNull(in, "missing test resource charter/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ukCic() {
        return read("uk-cic.md");
    }

    static String frScic() {
        return read("fr-scic.md");
    }

    /**
     * {@code text} with the single occurrence of {@code line} replaced. Fails if it is absent,
     * so that a test cannot pass because its edit silently missed.
     */
    static String replace(String text, String line, String replacement) {
        int at = text.indexOf(line);
        assertTrue(at >= 0 && text.indexOf(line, at + 1) < 0, () -> "sample must contain exactly one: " + line);
        return text.substring(0, at) + replacement + text.substring(at + line.length());
    }

    /** Parses {@code markdown}, expects a failure on {@code field}, and checks the message names it. */
    static CharterException rejects(String markdown, String field, String... explanation) {
        CharterException e = assertThrows(CharterException.class, () -> CharterParser.parse(markdown));
        assertEquals(field, e.field(), e::getMessage);
        assertTrue(e.getMessage().startsWith("CHARTER.md: " + field), e::getMessage);
        for (String fragment : explanation) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected \"" + fragment + "\" in: " + e.getMessage());
        }
        return e;
    }
}
