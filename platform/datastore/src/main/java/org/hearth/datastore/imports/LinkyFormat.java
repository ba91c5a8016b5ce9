package org.hearth.datastore.imports;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Electricity consumption as the French Linky meter's export gives it (Enedis "Mes données", a
 * semicolon-separated CSV): a line naming the meter ({@code Identifiant PRM} then its 14 digits),
 * then {@code Horodate;Valeur} rows in watt-hours, daily or finer. Rows are summed per day: one
 * meter reading per day, in kWh.
 */
final class LinkyFormat implements ImportFormat {

    @Override
    public String code() {
        return "linky";
    }

    @Override
    public boolean recognises(String filename, String head) {
        String h = head.toLowerCase(java.util.Locale.ROOT);
        return (ImportFormat.lower(filename).endsWith(".csv") || h.contains(";")) && (h.contains("horodate") || h.contains("identifiant prm"));
    }

    @Override
    public List<ImportedRecord> read(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String meter = null;
        boolean rows = false;
        Map<LocalDate, Double> wattHours = new TreeMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String[] cells = lines[i].split(";", -1);
            String first = cells[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (first.startsWith("identifiant prm") && i + 1 < lines.length) {
                String candidate = lines[i + 1].split(";", -1)[0].strip();
                if (candidate.matches("\\d{14}")) {
                    meter = candidate;
                }
            } else if (first.equals("horodate") || first.equals("date")) {
                rows = true;
            } else if (rows && cells.length >= 2 && !cells[0].isBlank() && !cells[1].isBlank()) {
                LocalDate day;
                double value;
                try {
                    day = LocalDate.parse(cells[0].strip().substring(0, 10));
                    value = Double.parseDouble(cells[1].strip().replace(',', '.'));
                } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
                    throw new ImportException("row", "Line " + (i + 1) + " is not a date and a value in Wh.");
                }
                if (value < 0) {
                    throw new ImportException("row", "Line " + (i + 1) + " has a negative consumption.");
                }
                wattHours.merge(day, value, Double::sum);
            }
        }
        if (wattHours.isEmpty()) {
            throw new ImportException("empty", "No Horodate;Valeur rows were found.");
        }
        List<ImportedRecord> records = new ArrayList<>();
        for (var day : wattHours.entrySet()) {
            JsonObject data = new JsonObject().put("from", day.getKey().toString()).put("to", day.getKey().toString())
                    .put("kwh", Text.round3(day.getValue() / 1000.0));
            if (meter != null) {
                data.put("meterId", meter);
            }
            records.add(new ImportedRecord("hearth:meter-reading/v1", "dpv-pd:Utility", "Linky " + day.getKey(), data));
        }
        return records;
    }
}
