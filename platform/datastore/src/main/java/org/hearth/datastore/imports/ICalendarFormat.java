package org.hearth.datastore.imports;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A calendar exported as iCalendar (.ics): one calendar event per VEVENT, its date and time as written in the file. */
final class ICalendarFormat implements ImportFormat {

    @Override
    public String code() {
        return "ical";
    }

    @Override
    public boolean recognises(String filename, String head) {
        return ImportFormat.lower(filename).endsWith(".ics") || head.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("BEGIN:VCALENDAR");
    }

    @Override
    public List<ImportedRecord> read(byte[] file) {
        return read(file, java.time.ZoneOffset.UTC);
    }

    /** A start in UTC ({@code 20261215T083000Z}) is told in {@code zone}; a floating or TZID one is the wall-clock time it says. */
    @Override
    public List<ImportedRecord> read(byte[] file, java.time.ZoneId zone) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(file));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new ImportException("unreadable", "Not an iCalendar file: " + e.getMessage());
        }
        List<ImportedRecord> records = new ArrayList<>();
        for (Object component : calendar.getComponents()) {
            if (!(component instanceof VEvent event)) {
                continue;
            }
            Optional<String> start = value(event, Property.DTSTART).map(v -> local(v, zone));
            String summary = value(event, Property.SUMMARY).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
            if (start.isEmpty() || summary == null || start.get().length() < 8) {
                continue;
            }
            JsonObject data = new JsonObject().put("summary", Text.cut(summary, 200)).put("startDate", date(start.get()));
            time(start.get()).ifPresent(t -> data.put("startTime", t));
            value(event, Property.DTEND).map(v -> local(v, zone)).filter(e -> e.length() >= 8).map(ICalendarFormat::date).filter(e -> !e.equals(data.getString("startDate")))
                    .ifPresent(e -> data.put("endDate", e));
            value(event, Property.LOCATION).map(String::strip).filter(l -> !l.isEmpty()).ifPresent(l -> data.put("location", Text.cut(l, 200)));
            value(event, Property.DESCRIPTION).map(String::strip).filter(d -> !d.isEmpty()).ifPresent(d -> data.put("description", Text.cut(d, 4000)));
            records.add(new ImportedRecord("hearth:event/v1", "dpv-pd:Behavioral", Text.cut(summary, 200), data));
        }
        if (records.isEmpty()) {
            throw new ImportException("empty", "The calendar holds no event with a title and a date.");
        }
        return records;
    }

    private static Optional<String> value(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).filter(v -> v != null);
    }

    /** {@code 20260105} or {@code 20260105T093000Z} as {@code 2026-01-05}. */
    private static String date(String value) {
        return value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6, 8);
    }

    /** {@code 20261215T083000Z} as the same moment in {@code zone}, in the same form without the Z; any other value as it is. */
    private static String local(String value, java.time.ZoneId zone) {
        if (!value.matches("\\d{8}T\\d{6}Z")) {
            return value;
        }
        java.time.LocalDateTime at = java.time.LocalDateTime.parse(value.substring(0, 15), java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                .atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
        return at.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    }

    private static Optional<String> time(String value) {
        return value.length() >= 13 && value.charAt(8) == 'T' ? Optional.of(value.substring(9, 11) + ":" + value.substring(11, 13)) : Optional.empty();
    }
}
