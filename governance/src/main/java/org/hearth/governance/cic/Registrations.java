package org.hearth.governance.cic;

import java.util.Locale;
import org.hearth.governance.charter.AssetLockedBody;
import org.hearth.governance.charter.Charter;

/** Whether a registration names one of the charter's asset-locked bodies. */
final class Registrations {

    private Registrations() {
    }

    /**
     * Registrations are compared ignoring case and runs of spaces, the way the charter parser
     * keeps them unique: "Charity  1000001" and "charity 1000001" are the same body, while a
     * different number is a different body.
     */
    static boolean namedInCharter(Charter charter, String registration) {
        String wanted = normalised(registration);
        return !wanted.isEmpty() && charter.assetLockedBodies().stream()
                .map(AssetLockedBody::registration)
                .anyMatch(named -> normalised(named).equals(wanted));
    }

    /** The name of the charter's body with this registration, or the registration itself. */
    static String describe(Charter charter, String registration) {
        String wanted = normalised(registration);
        return charter.assetLockedBodies().stream()
                .filter(body -> normalised(body.registration()).equals(wanted))
                .map(body -> body.name() + " (" + body.registration() + ")")
                .findFirst().orElse(registration);
    }

    private static String normalised(String registration) {
        return registration.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
