package org.hearth.reporting.annual;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The annual report of one closed year.
 *
 * @param profile the charter's legal profile code ({@code uk-cic} or {@code fr-scic})
 * @param narratives the newest version of each narrative part, by part key
 * @param approval the resolution that approved it, or null while it is a draft
 * @param digest the SHA-256 (hex) of the frozen content, or null while it is a draft
 */
public record AnnualReport(UUID yearId, LocalDate startsOn, LocalDate endsOn, String profile, String company, String currency,
                           List<ReportPart> parts, Map<String, Narrative> narratives, Approval approval, String digest) {

    public AnnualReport {
        parts = List.copyOf(parts);
        narratives = Map.copyOf(narratives);
    }

    public boolean frozen() {
        return digest != null;
    }

    /** Every table of every part, in the report's order. */
    public List<ReportTable> tables() {
        return parts.stream().flatMap(p -> p.tables().stream()).toList();
    }

    public Optional<ReportTable> table(String key) {
        return tables().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The narrative keys of every part, in order. */
    public List<String> narrativeKeys() {
        return parts.stream().flatMap(p -> p.narratives().stream()).toList();
    }
}
