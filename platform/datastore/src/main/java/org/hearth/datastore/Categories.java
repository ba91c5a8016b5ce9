package org.hearth.datastore;

/**
 * The personal-data categories a record may carry: terms of the W3C Data Privacy Vocabulary
 * (DPV-PD), the {@link Dpv.Kind#CATEGORY category} rows of the one {@link Dpv} table.
 */
public final class Categories {

    private Categories() {
    }

    public static boolean isKnown(String term) {
        return Dpv.isKnown(term, Dpv.Kind.CATEGORY);
    }

    public static Iterable<String> all() {
        return Dpv.of(Dpv.Kind.CATEGORY).stream().map(Dpv.Term::code).toList();
    }

    public static String label(String term, String language) {
        return Dpv.label(term, language);
    }
}
