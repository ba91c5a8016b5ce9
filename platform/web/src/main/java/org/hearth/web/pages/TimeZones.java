package org.hearth.web.pages;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The time zones a person may have their pages in: where Hearth's people live (the UK and Ireland,
 * France and its overseas departments and territories, Belgium, Luxembourg, Switzerland), and UTC.
 * Each is named by the message {@code tz.<id>} (slashes as dots) in both languages.
 */
public final class TimeZones {

    public static final List<String> OFFERED = List.of("Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Brussels", "Europe/Luxembourg",
            "Europe/Zurich", "America/Guadeloupe", "America/Martinique", "America/Cayenne", "Indian/Reunion", "Indian/Mayotte",
            "America/Miquelon", "Pacific/Noumea", "Pacific/Tahiti", "Pacific/Wallis", "UTC");

    private TimeZones() {
    }

    /** The language's usual zone: UK time for English pages, Paris time for French ones. */
    public static ZoneId usual(String language) {
        return ZoneId.of("fr".equals(language) ? "Europe/Paris" : "Europe/London");
    }

    /** The zone {@code id} names if it is offered; empty otherwise (anything a cookie or a form may carry is checked here). */
    public static Optional<ZoneId> offered(String id) {
        if (id == null || !OFFERED.contains(id)) {
            return Optional.empty();
        }
        return Optional.of("UTC".equals(id) ? ZoneOffset.UTC : ZoneId.of(id));
    }

    /** The message key naming a zone. */
    public static String key(String id) {
        return "tz." + id.replace('/', '.');
    }
}
