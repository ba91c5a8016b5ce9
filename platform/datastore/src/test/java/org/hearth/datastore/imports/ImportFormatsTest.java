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
    @DisplayName("A TCX file: one record per activity, the laps' time and distance summed; a negative distance or an external entity refuses it")
    void tcx() {
        String tcx = "<TrainingCenterDatabase><Activities><Activity Sport=\"Biking\"><Id>2026-10-04T09:00:00Z</Id>"
                + "<Lap><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>3000</DistanceMeters><Track><Trackpoint><DistanceMeters>5</DistanceMeters></Trackpoint></Track></Lap>"
                + "<Lap><TotalTimeSeconds>300</TotalTimeSeconds><DistanceMeters>1500.5</DistanceMeters></Lap></Activity>"
                + "<Activity Sport=\"Running\"><Id>2026-10-05T18:30:00+02:00</Id><Lap><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters></Lap></Activity>"
                + "</Activities></TrainingCenterDatabase>";
        var records = new TcxFormat().read(bytes(tcx));
        assertThat(records).extracting(ImportedRecord::title).containsExactly("Ride 2026-10-04", "Run 2026-10-05");
        assertThat(records.getFirst().data().getDouble("distanceKm")).as("a track point's distance is not a lap's").isEqualTo(4.501);
        assertThat(records.getFirst().data().getDouble("durationMinutes")).isEqualTo(15.0);
        assertThat(records.get(1).data().getString("startTime")).as("in UTC").isEqualTo("16:30");
        assertThatThrownBy(() -> new TcxFormat().read(bytes(tcx.replace("1500.5", "-1"))))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("unreadable"));
        assertThatThrownBy(() -> new TcxFormat().read(bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>"
                + "<TrainingCenterDatabase><Activities><Activity><Id>&s;</Id></Activity></Activities></TrainingCenterDatabase>"))).isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> new TcxFormat().read(bytes("<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("empty"));
    }

    @Test
    @DisplayName("A moment a file gives as an instant is the person's date and time of day: a track, an activity and a UTC event, in Paris")
    void momentsInThePersonsZone() {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        String gpx = "<gpx><trk><trkseg><trkpt lat=\"56.46\" lon=\"-2.97\"><time>2026-07-01T22:30:00Z</time></trkpt>"
                + "<trkpt lat=\"56.47\" lon=\"-2.97\"><time>2026-07-01T23:10:00Z</time></trkpt></trkseg></trk></gpx>";
        var track = new GpxFormat().read(bytes(gpx), paris).getFirst();
        assertThat(track.data().getString("startDate")).as("after midnight in Paris").isEqualTo("2026-07-02");
        assertThat(track.data().getString("startTime")).isEqualTo("00:30");
        assertThat(track.title()).isEqualTo("Activity 2026-07-02");
        assertThat(track.data().getDouble("durationMinutes")).isEqualTo(40.0);
        assertThat(new GpxFormat().read(bytes(gpx)).getFirst().data().getString("startTime")).as("without a zone, UTC").isEqualTo("22:30");
        String tcx = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>2026-01-10T07:15:00Z</Id>"
                + "<Lap><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>";
        assertThat(new TcxFormat().read(bytes(tcx), paris).getFirst().data().getString("startTime")).as("winter: UTC+1").isEqualTo("08:15");
        String ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\nUID:1\nDTSTAMP:20260101T000000Z\nSUMMARY:Call\n"
                + "DTSTART:20260615T083000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:2\nDTSTAMP:20260101T000000Z\nSUMMARY:Dentist\n"
                + "DTSTART;TZID=Europe/London:20261215T093000\nEND:VEVENT\nEND:VCALENDAR\n";
        var events = new ICalendarFormat().read(bytes(ics), paris);
        assertThat(events.getFirst().data().getString("startTime")).as("a UTC start, summer in Paris").isEqualTo("10:30");
        assertThat(events.get(1).data().getString("startTime")).as("a wall-clock time stays as written").isEqualTo("09:30");
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

    @Test
    @DisplayName("Bank statements: a CAMT.053 debit is negative and names the creditor; an OFX without closing tags is read, entities decoded")
    void statements() {
        String camt = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>GB82WEST12345698765432</IBAN></Id></Acct>"
                + "<Ntry><Amt Ccy=\"GBP\">9.99</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><DtTm>2026-10-01T10:00:00</DtTm></BookgDt>"
                + "<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Me</Nm></Pty></Dbtr><Cdtr><Pty><Nm>Music Shop</Nm></Pty></Cdtr></RltdPties></TxDtls></NtryDtls></Ntry>"
                + "</Stmt></BkToCstmrStmt></Document>";
        var camtRecords = new CamtFormat().read(bytes(camt));
        assertThat(camtRecords).hasSize(1);
        assertThat(camtRecords.getFirst().data().getDouble("amount")).isEqualTo(-9.99);
        assertThat(camtRecords.getFirst().data().getString("counterparty")).isEqualTo("Music Shop");
        assertThat(camtRecords.getFirst().data().getString("date")).isEqualTo("2026-10-01");
        var ofx = new OfxFormat().read(bytes("OFXHEADER:100\n<OFX><CURDEF>EUR\n<BANKTRANLIST><STMTTRN><DTPOSTED>20261002<TRNAMT>-3,20<NAME>Cafe &amp; Co</BANKTRANLIST></OFX>"));
        assertThat(ofx).hasSize(1);
        assertThat(ofx.getFirst().data().getDouble("amount")).isEqualTo(-3.2);
        assertThat(ofx.getFirst().data().getString("counterparty")).isEqualTo("Cafe & Co");
        assertThatThrownBy(() -> new OfxFormat().read(bytes("<OFX><STMTTRN><TRNAMT>1.00</OFX>")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo("unreadable"));
    }
}
