package org.hearth.datastore.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.datastore.Record;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.actor.CallContext;

/**
 * Reads an uploaded file into records (a preview, nothing stored) and, once the person confirms,
 * creates them in one transaction with {@code import:<format>} as their provenance. The file is
 * never written anywhere: it is read in memory, and the confirmation carries it back.
 */
public final class Imports {

    /** The largest file accepted, and the most records one file may become. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_RECORDS = 5000;

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
        if (file.length == 0) {
            throw new ImportException("empty", "The file is empty.");
        }
        if (file.length > MAX_BYTES) {
            throw new ImportException("tooLarge", "The file is larger than " + MAX_BYTES + " bytes.");
        }
        String head = new String(file, 0, Math.min(file.length, 4096), StandardCharsets.UTF_8);
        ImportFormat format = FORMATS.stream().filter(f -> f.recognises(filename, head)).findFirst()
                .orElseThrow(() -> new ImportException("unknown", "Hearth does not know this kind of file."));
        List<ImportedRecord> read = format.read(file);
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

    /** Creates the records the file becomes, all or none; returns how many. */
    public int commit(CallContext ctx, String filename, byte[] file) {
        Preview preview = preview(filename, file);
        List<Record.Content> contents = preview.records().stream()
                .map(r -> new Record.Content(r.schema(), r.category(), r.title(), r.data().encode())).toList();
        return records.createImported(ctx, preview.format(), contents);
    }
}
