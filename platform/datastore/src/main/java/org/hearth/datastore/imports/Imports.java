package org.hearth.datastore.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.datastore.records.RecordService;

/**
 * Reads an uploaded file into records: what it will become, shown before anything is added. The
 * file is read in memory and never written anywhere; {@link ImportJobs} keeps what it becomes,
 * sealed, until the person confirms, and adds the records with {@code import:<format>} as their
 * provenance.
 */
public final class Imports {

    /** The largest file accepted, and the most records one file may become. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_RECORDS = 50_000;

    private static final List<ImportFormat> FORMATS = List.of(new VCardFormat(), new ICalendarFormat(), new CamtFormat(), new OfxFormat(), new FhirFormat(), new GpxFormat(), new TcxFormat(), new LinkyFormat());

    private final RecordService records;

    public Imports(RecordService records) {
        this.records = records;
    }

    /** What a file will become: its format's code and the records. */
    public record Preview(String format, List<ImportedRecord> records) {
    }

    /** The codes of the formats Hearth reads, in the order the page lists them. */
    public static List<String> formats() {
        return FORMATS.stream().map(ImportFormat::code).toList();
    }

    public Preview preview(String filename, byte[] file) {
        return preview(filename, file, java.time.ZoneOffset.UTC);
    }

    /** @param zone the person's time zone: a moment the file gives as an instant is told as their date and time of day */
    public Preview preview(String filename, byte[] file, java.time.ZoneId zone) {
        if (file.length == 0) {
            throw new ImportException("empty", "The file is empty.");
        }
        if (file.length > MAX_BYTES) {
            throw new ImportException("tooLarge", "The file is larger than " + MAX_BYTES + " bytes.");
        }
        String head = new String(file, 0, Math.min(file.length, 4096), StandardCharsets.UTF_8);
        ImportFormat format = FORMATS.stream().filter(f -> f.recognises(filename, head)).findFirst()
                .orElseThrow(() -> new ImportException("unknown", "Hearth does not know this kind of file."));
        List<ImportedRecord> read = format.read(file, zone);
        if (read.size() > MAX_RECORDS) {
            throw new ImportException("tooMany", "The file would make more than " + MAX_RECORDS + " records.");
        }
        for (ImportedRecord r : read) {
            if (!records.schemas().problems(r.schema(), r.data()).isEmpty()) {
                throw new ImportException("invalid", "The file holds a value Hearth cannot keep as a " + r.schema() + ": "
                        + records.schemas().problems(r.schema(), r.data()));
            }
        }
        return new Preview(format.code(), read);
    }
}
