package org.hearth.datastore.imports;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An activity track from a watch, a phone or Strava, as GPX 1.1: one activity per track, with its
 * date, start time (in the person's zone; GPX records UTC), duration, distance along its points and the number of
 * points. The points themselves (where the person was) are not kept: the summary is what people
 * file, and a track is a map of someone's days. The XML is read with DTDs and external entities off.
 */
final class GpxFormat implements ImportFormat {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    @Override
    public String code() {
        return "gpx";
    }

    @Override
    public boolean recognises(String filename, String head) {
        return ImportFormat.lower(filename).endsWith(".gpx") || head.contains("<gpx");
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
            Track track = null;
            String element = "";
            boolean inPoint = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element = xml.getLocalName();
                    if ("trk".equals(element)) {
                        track = new Track();
                    } else if ("trkpt".equals(element) && track != null) {
                        track.point(Double.parseDouble(xml.getAttributeValue(null, "lat")), Double.parseDouble(xml.getAttributeValue(null, "lon")));
                        inPoint = true;
                    } else if ("time".equals(element) && inPoint && track != null) {
                        track.time(xml.getElementText().strip());
                    } else if ("name".equals(element) && track != null && !inPoint && track.name == null) {
                        track.name = xml.getElementText().strip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("trkpt".equals(xml.getLocalName())) {
                        inPoint = false;
                    } else if ("trk".equals(xml.getLocalName()) && track != null) {
                        track.record(zone).ifPresent(records::add);
                        track = null;
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException | NullPointerException | DateTimeParseException e) {
            throw new ImportException("unreadable", "Not a GPX track: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new ImportException("empty", "The file holds no track with timed points.");
        }
        return records;
    }

    /** A track being read: distance along its points, first and last time. */
    private static final class Track {
        String name;
        double km;
        double lat = Double.NaN;
        double lon = Double.NaN;
        int points;
        OffsetDateTime first;
        OffsetDateTime last;

        void point(double latitude, double longitude) {
            if (!Double.isNaN(lat)) {
                km += haversine(lat, lon, latitude, longitude);
            }
            lat = latitude;
            lon = longitude;
            points++;
        }

        void time(String value) {
            OffsetDateTime t = OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
            if (first == null) {
                first = t;
            }
            last = t;
        }

        java.util.Optional<ImportedRecord> record(java.time.ZoneId zone) {
            if (first == null || points == 0) {
                return java.util.Optional.empty();
            }
            java.time.ZonedDateTime local = first.atZoneSameInstant(zone);
            String title = name != null && !name.isEmpty() ? Text.cut(name, 200) : "Activity " + local.toLocalDate();
            JsonObject data = new JsonObject().put("name", title).put("startDate", local.toLocalDate().toString())
                    .put("startTime", String.format("%02d:%02d", local.getHour(), local.getMinute()))
                    .put("durationMinutes", Math.round(Duration.between(first, last).toSeconds() / 6.0) / 10.0)
                    .put("distanceKm", Text.round3(km)).put("points", points);
            return java.util.Optional.of(new ImportedRecord("hearth:activity/v1", "dpv-pd:Behavioral", title, data));
        }

        private static double haversine(double lat1, double lon1, double lat2, double lon2) {
            double dLat = Math.toRadians(lat2 - lat1);
            double dLon = Math.toRadians(lon2 - lon1);
            double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                    + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
        }
    }
}
