package org.hearth.governance.charter;

import java.util.Collection;

/** Suggests the field an editor probably meant when a key is misspelt. */
final class Spelling {

    // Two edits catch a dropped, doubled or swapped letter without suggesting unrelated fields.
    private static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /** {@code " (did you mean x?)"} for the closest known key, or an empty string. */
    static String suggestion(String key, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : known) {
            int distance = distance(key, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    // Levenshtein distance, two rows at a time.
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
