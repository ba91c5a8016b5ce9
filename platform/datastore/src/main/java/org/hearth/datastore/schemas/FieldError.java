package org.hearth.datastore.schemas;

/**
 * Why one field of a record's data is refused: {@code pointer} is its JSON Pointer in the data
 * ({@code /iban}, {@code /vaccinations/0/date}), {@code field} its top-level name, {@code rule}
 * the schema keyword it breaks ({@code required}, {@code type}, {@code format}, {@code enum},
 * {@code minimum}, {@code maximum}, {@code maxLength}, {@code pattern}, {@code maxItems}).
 */
public record FieldError(String pointer, String field, String rule) {
}
