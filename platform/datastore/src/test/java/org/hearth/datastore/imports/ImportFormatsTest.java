package org.hearth.datastore.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportFormatsTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("A GPX file that declares an external entity is refused, never read with the entity's content")
    void gpxExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<gpx><trk><name>&secret;</name><trkseg><trkpt lat=\"1\" lon=\"1\"><time>2026-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>";
        assertThatThrownBy(() -> new GpxFormat().read(bytes(xxe))).isInstanceOf(ImportException.class);
    }

    @Test
    @DisplayName("A Linky export is summed per day in kWh; a negative or malformed row refuses the whole file")
    void linkyRows() {
        var records = new LinkyFormat().read(bytes("Horodate;Valeur\n2026-11-01T00:30:00+01:00;500\n2026-11-01T01:00:00+01:00;250\n2026-11-02T00:30:00+01:00;1000\n"));
        assertThat(records).hasSize(2);
        assertThat(records.getFirst().data().getDouble("kwh")).isEqualTo(0.75);
        assertThatThrownBy(() -> new LinkyFormat().read(bytes("Horodate;Valeur\n2026-11-01;-5\n")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("row"));
        assertThatThrownBy(() -> new LinkyFormat().read(bytes("Horodate;Valeur\nyesterday;5\n")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("row"));
    }

    @Test
    @DisplayName("Files with nothing to import say so: a vCard without names, a bundle without health resources, a calendar without events")
    void empty() {
        assertThatThrownBy(() -> new VCardFormat().read(bytes("BEGIN:VCARD\nVERSION:3.0\nEMAIL:a@b.example\nEND:VCARD\n")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("empty"));
        assertThatThrownBy(() -> new FhirFormat().read(bytes("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}}]}")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("empty"));
        assertThatThrownBy(() -> new FhirFormat().read(bytes("[1,2]"))).isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> new ICalendarFormat().read(bytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("empty"));
    }
}
