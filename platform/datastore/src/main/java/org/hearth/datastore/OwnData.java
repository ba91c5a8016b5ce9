package org.hearth.datastore;

import java.util.List;
import org.hearth.datastore.accesslog.AccessEntry;

/**
 * Everything the store holds about one individual, decrypted, for their own access report
 * (GDPR Article 15): records (oldest first), agreements, and the access log (newest first).
 * Read for the owner only; callers must neither cache nor log it.
 */
public record OwnData(List<Record> records, List<Agreement> agreements, List<AccessEntry> accesses) {

    public OwnData {
        records = List.copyOf(records);
        agreements = List.copyOf(agreements);
        accesses = List.copyOf(accesses);
    }
}
