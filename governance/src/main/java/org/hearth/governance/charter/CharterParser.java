package org.hearth.governance.charter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the machine-readable part of a Markdown charter: the one fenced block opened by
 * {@code ```yaml hearth-charter}. The rest of the file is prose for people and is ignored.
 *
 * <p>Parsing stops at the first problem and throws a {@link CharterException} that names the
 * field; a charter is short and edited by hand, so one precise message beats a list.
 */
public final class CharterParser {

    /** The file name errors mention when the charter did not come from a file. */
    public static final String DEFAULT_SOURCE = "CHARTER.md";

    private CharterParser() {
    }

    /** Parses the charter in {@code markdown}; errors name {@value #DEFAULT_SOURCE}. */
    public static Charter parse(String markdown) {
        return parse(markdown, DEFAULT_SOURCE);
    }

    /** Parses the charter in {@code markdown}; errors name {@code sourceName}. */
    public static Charter parse(String markdown, String sourceName) {
        Source source = new Source(sourceName);
        CharterBlock block = CharterBlock.find(markdown, source);
        Object tree = CharterYaml.load(block, source);
        return CharterRules.check(CharterReader.read(tree, source), source);
    }

    /**
     * Reads and parses the charter file at {@code path} (UTF-8).
     *
     * @throws UncheckedIOException if the file cannot be read: that is a deployment problem,
     *     not a fault in the charter, so it is not a {@link CharterException}
     */
    public static Charter read(Path path) {
        String markdown;
        try {
            markdown = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the charter at " + path, e);
        }
        return parse(markdown, String.valueOf(path.getFileName()));
    }
}
