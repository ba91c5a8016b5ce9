package org.hearth.datastore.schemas;

import java.util.List;
import java.util.Map;

/**
 * One field of a record type, as a form shows it: its name in the data, the kind of input
 * ({@code text}, {@code textarea}, {@code email}, {@code tel}, {@code date}, {@code number},
 * {@code integer}, {@code iban}, {@code choice}, {@code lines} for a list of short texts,
 * {@code rows} for a list of small objects described by {@code row}), its label and help in each
 * language, and for a choice its options' labels.
 *
 * @param choices value to {@code [english, french]} labels, in the order offered; empty unless a choice
 */
public record SchemaField(String name, String input, String labelEn, String labelFr, String helpEn, String helpFr,
                          boolean required, Map<String, String[]> choices, List<SchemaField> row) {

    public String label(String language) {
        return "fr".equals(language) ? labelFr : labelEn;
    }

    /** The help under the input, or null. */
    public String help(String language) {
        return "fr".equals(language) ? helpFr : helpEn;
    }

    /** The label of choice {@code value} in {@code language}; the value itself when it is not one of the choices. */
    public String choiceLabel(String value, String language) {
        String[] labels = choices.get(value);
        return labels == null ? value : "fr".equals(language) ? labels[1] : labels[0];
    }
}
