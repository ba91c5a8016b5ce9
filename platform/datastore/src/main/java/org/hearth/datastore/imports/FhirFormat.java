package org.hearth.datastore.imports;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A health summary as an HL7 FHIR R4 Bundle in JSON (an International Patient Summary is one):
 * its AllergyIntolerance, MedicationStatement / MedicationRequest and Immunization resources become
 * one health summary (allergies, medication, vaccinations with their dates). Each coded concept is
 * named by its text, else its first coding's display. Read as JSON, the resources' R4 structure
 * being all we need of it.
 */
final class FhirFormat implements ImportFormat {

    @Override
    public String code() {
        return "fhir";
    }

    @Override
    public boolean recognises(String filename, String head) {
        return head.contains("\"resourceType\"") && head.contains("Bundle");
    }

    @Override
    public java.util.List<ImportedRecord> read(byte[] file) {
        JsonObject bundle;
        try {
            bundle = new JsonObject(new String(file, StandardCharsets.UTF_8));
        } catch (DecodeException | ClassCastException e) {
            throw new ImportException("unreadable", "Not a FHIR JSON bundle.");
        }
        if (!"Bundle".equals(bundle.getValue("resourceType")) || !(bundle.getValue("entry") instanceof JsonArray entries)) {
            throw new ImportException("unreadable", "Not a FHIR Bundle with entries.");
        }
        Set<String> allergies = new LinkedHashSet<>();
        Set<String> medications = new LinkedHashSet<>();
        JsonArray vaccinations = new JsonArray();
        for (Object entry : entries) {
            if (!(entry instanceof JsonObject e) || !(e.getValue("resource") instanceof JsonObject resource)) {
                continue;
            }
            switch (String.valueOf(resource.getValue("resourceType"))) {
                case "AllergyIntolerance" -> concept(resource.getValue("code")).ifPresent(allergies::add);
                case "MedicationStatement", "MedicationRequest" -> concept(resource.getValue("medicationCodeableConcept")).ifPresent(medications::add);
                case "Immunization" -> concept(resource.getValue("vaccineCode")).ifPresent(name -> {
                    JsonObject row = new JsonObject().put("name", name);
                    if (resource.getValue("occurrenceDateTime") instanceof String when && when.length() >= 10) {
                        row.put("date", when.substring(0, 10));
                    }
                    vaccinations.add(row);
                });
                default -> { }
            }
        }
        if (allergies.isEmpty() && medications.isEmpty() && vaccinations.isEmpty()) {
            throw new ImportException("empty", "The bundle holds no allergy, medication or immunization.");
        }
        JsonObject data = new JsonObject();
        if (!allergies.isEmpty()) {
            data.put("allergies", new JsonArray(allergies.stream().limit(100).toList()));
        }
        if (!medications.isEmpty()) {
            data.put("medications", new JsonArray(medications.stream().limit(100).toList()));
        }
        if (!vaccinations.isEmpty()) {
            data.put("vaccinations", new JsonArray(vaccinations.getList().stream().limit(100).toList()));
        }
        return java.util.List.of(new ImportedRecord("hearth:health-summary/v1", "dpv-pd:HealthRecord", "Health summary (FHIR)", data));
    }

    private static java.util.Optional<String> concept(Object value) {
        if (!(value instanceof JsonObject concept)) {
            return java.util.Optional.empty();
        }
        if (concept.getValue("text") instanceof String text && !text.isBlank()) {
            return java.util.Optional.of(Text.cut(text.strip(), 200));
        }
        if (concept.getValue("coding") instanceof JsonArray codings) {
            for (Object c : codings) {
                if (c instanceof JsonObject coding && coding.getValue("display") instanceof String display && !display.isBlank()) {
                    return java.util.Optional.of(Text.cut(display.strip(), 200));
                }
            }
        }
        return java.util.Optional.empty();
    }
}
