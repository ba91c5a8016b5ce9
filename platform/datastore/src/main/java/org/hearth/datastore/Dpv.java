package org.hearth.datastore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C Data Privacy Vocabulary terms Hearth shows to people: purposes, legal bases and
 * personal-data categories, each with its label and a plain sentence in English and French.
 * The one table is {@code dpv/terms.tsv}; pages show {@link #label} wherever a code would appear,
 * and the console offers {@link #of} as pick-lists.
 */
public final class Dpv {

    /** What a term names. */
    public enum Kind { PURPOSE, BASIS, CATEGORY }

    /** One term with its labels ({@code plain}: what it means for the person, in a sentence). */
    public record Term(String code, Kind kind, String labelEn, String labelFr, String plainEn, String plainFr) {

        public String label(String language) {
            return "fr".equals(language) ? labelFr : labelEn;
        }

        public String plain(String language) {
            return "fr".equals(language) ? plainFr : plainEn;
        }
    }

    private static final Map<String, Term> TERMS = load();

    private Dpv() {
    }

    public static Optional<Term> term(String code) {
        return Optional.ofNullable(code == null ? null : TERMS.get(code));
    }

    /** The term's label in the language, or the code itself when the table does not hold it. */
    public static String label(String code, String language) {
        return term(code).map(t -> t.label(language)).orElse(code);
    }

    /** The term's plain sentence, or an empty string when the table does not hold it. */
    public static String plain(String code, String language) {
        return term(code).map(t -> t.plain(language)).orElse("");
    }

    public static boolean isKnown(String code, Kind kind) {
        return term(code).filter(t -> t.kind() == kind).isPresent();
    }

    /** Every term of a kind, in the table's order. */
    public static List<Term> of(Kind kind) {
        return TERMS.values().stream().filter(t -> t.kind() == kind).toList();
    }

    private static Map<String, Term> load() {
        Map<String, Term> terms = new LinkedHashMap<>();
        try (InputStream in = Dpv.class.getResourceAsStream("/dpv/terms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dpv/terms.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 6) {
                    throw new IllegalStateException("dpv/terms.tsv: six columns expected in: " + line);
                }
                terms.put(cells[0], new Term(cells[0], Kind.valueOf(cells[1].toUpperCase(java.util.Locale.ROOT)),
                        cells[2], cells[3], cells[4], cells[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(terms);
    }
}
