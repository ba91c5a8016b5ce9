package org.hearth.datastore.imports;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An address book exported as vCard (phones, Google, Apple, Outlook): one address book entry per card. */
final class VCardFormat implements ImportFormat {

    @Override
    public String code() {
        return "vcard";
    }

    @Override
    public boolean recognises(String filename, String head) {
        return ImportFormat.lower(filename).endsWith(".vcf") || head.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("BEGIN:VCARD");
    }

    @Override
    public List<ImportedRecord> read(byte[] file) {
        List<VCard> cards = Ezvcard.parse(new String(file, StandardCharsets.UTF_8)).all();
        List<ImportedRecord> records = new ArrayList<>();
        for (VCard card : cards) {
            String name = card.getFormattedName() != null ? card.getFormattedName().getValue()
                    : card.getStructuredName() != null ? String.join(" ", nonNull(card.getStructuredName().getGiven(), card.getStructuredName().getFamily())) : null;
            if (name == null || name.isBlank()) {
                continue;
            }
            JsonObject data = new JsonObject().put("fullName", Text.cut(name.strip(), 200));
            if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
                data.put("organisation", Text.cut(String.join(", ", card.getOrganization().getValues()), 200));
            }
            card.getEmails().stream().map(e -> e.getValue()).filter(Text::isEmail).findFirst().ifPresent(e -> data.put("email", e));
            card.getTelephoneNumbers().stream().map(t -> t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber())
                    .filter(t -> t != null && !t.isBlank()).findFirst().ifPresent(t -> data.put("phone", Text.cut(t.strip(), 200)));
            if (!card.getAddresses().isEmpty()) {
                Address a = card.getAddresses().getFirst();
                String lines = String.join("\n", nonNull(a.getStreetAddress(), a.getExtendedAddress(), join(a.getPostalCode(), a.getLocality()), a.getRegion(),
                        a.getCountry()));
                if (!lines.isBlank()) {
                    data.put("address", Text.cut(lines, 4000));
                }
            }
            if (!card.getNotes().isEmpty() && card.getNotes().getFirst().getValue() != null) {
                data.put("note", Text.cut(card.getNotes().getFirst().getValue(), 4000));
            }
            records.add(new ImportedRecord("hearth:contact-card/v1", "dpv-pd:Contact", Text.cut(name.strip(), 200), data));
        }
        if (records.isEmpty()) {
            throw new ImportException("empty", "The file holds no contact with a name.");
        }
        return records;
    }

    private static String join(String a, String b) {
        return String.join(" ", nonNull(a, b));
    }

    private static List<String> nonNull(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v.strip());
            }
        }
        return kept;
    }
}
