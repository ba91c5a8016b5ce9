package org.hearth.datastore.imports;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An activity from a Garmin (or Polar, Suunto, Wahoo) watch as Training Center XML (TCX 2): one
 * record per {@code Activity}, its start from the activity's {@code Id}, its duration and distance
 * the sums of its laps' {@code TotalTimeSeconds} and {@code DistanceMeters} (what the watch
 * measured, not a distance worked out again), and its number of track points. As for GPX, the
 * positions are not kept. The XML is read with DTDs and external entities off.
 */
final class TcxFormat implements ImportFormat {

    @Override
    public String code() {
        return "tcx";
    }

    @Override
    public boolean recognises(String filename, String head) {
        return ImportFormat.lower(filename).endsWith(".tcx") || head.contains("<TrainingCenterDatabase");
    }

    @Override
    public List<ImportedRecord> read(byte[] file) {
        return read(file, ZoneOffset.UTC);
    }

    @Override
    public List<ImportedRecord> read(byte[] file, java.time.ZoneId zone) {
        List<ImportedRecord> records = new ArrayList<>();
        try {
            XMLStreamReader xml = Text.safeXml().createXMLStreamReader(new ByteArrayInputStream(file));
            Activity activity = null;
            boolean inLap = false;
            boolean inPoint = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if ("Activity".equals(element)) {
                        activity = new Activity(xml.getAttributeValue(null, "Sport"));
                    } else if (activity == null) {
                        continue;
                    } else if ("Id".equals(element) && !inLap) {
                        activity.start = OffsetDateTime.parse(xml.getElementText().strip()).withOffsetSameInstant(ZoneOffset.UTC);
                    } else if ("Lap".equals(element)) {
                        inLap = true;
                        if (activity.start == null && xml.getAttributeValue(null, "StartTime") != null) {
                            activity.start = OffsetDateTime.parse(xml.getAttributeValue(null, "StartTime").strip()).withOffsetSameInstant(ZoneOffset.UTC);
                        }
                    } else if ("Trackpoint".equals(element)) {
                        inPoint = true;
                        activity.points++;
                    } else if (inLap && !inPoint && "TotalTimeSeconds".equals(element)) {
                        activity.seconds += nonNegative(xml.getElementText());
                    } else if (inLap && !inPoint && "DistanceMeters".equals(element)) {
                        activity.metres += nonNegative(xml.getElementText());
                    } else if ("Notes".equals(element) && !inLap && activity.notes == null) {
                        activity.notes = xml.getElementText().strip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Trackpoint" -> inPoint = false;
                        case "Lap" -> inLap = false;
                        case "Activity" -> {
                            if (activity != null) {
                                activity.record(zone).ifPresent(records::add);
                            }
                            activity = null;
                        }
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException | DateTimeParseException e) {
            throw new ImportException("unreadable", "Not a TCX activity: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new ImportException("empty", "The file holds no activity with a start time.");
        }
        return records;
    }

    private static double nonNegative(String text) {
        double value = Double.parseDouble(text.strip());
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new NumberFormatException("a negative or unbounded measure: " + text.strip());
        }
        return value;
    }

    /** An activity being read. */
    private static final class Activity {
        final String sport;
        OffsetDateTime start;
        String notes;
        double seconds;
        double metres;
        int points;

        Activity(String sport) {
            this.sport = sport == null || sport.isBlank() ? "Activity" : sport.strip();
        }

        Optional<ImportedRecord> record(java.time.ZoneId zone) {
            if (start == null) {
                return Optional.empty();
            }
            // Garmin writes Running, Biking or Other; the title says it in words a person uses.
            String kind = switch (sport.toLowerCase(Locale.ROOT)) {
                case "running" -> "Run";
                case "biking" -> "Ride";
                case "other", "activity" -> "Activity";
                default -> Text.cut(sport, 40);
            };
            java.time.ZonedDateTime local = start.atZoneSameInstant(zone);
            String title = notes != null && !notes.isEmpty() ? Text.cut(notes, 200) : kind + " " + local.toLocalDate();
            JsonObject data = new JsonObject().put("name", title).put("startDate", local.toLocalDate().toString())
                    .put("startTime", String.format("%02d:%02d", local.getHour(), local.getMinute()))
                    .put("durationMinutes", Math.round(seconds / 6.0) / 10.0)
                    .put("distanceKm", Text.round3(metres / 1000.0)).put("points", points);
            return Optional.of(new ImportedRecord("hearth:activity/v1", "dpv-pd:Behavioral", title, data));
        }
    }
}
