package org.hearth.datastore.agreements;

import java.util.UUID;
import org.hearth.datastore.Agreement;

/** An agreement as stored: with its owner and its two signed documents, which only the owner reads. */
record StoredAgreement(Agreement agreement, UUID individualId, String consentRecordJson, String receiptJws) {
}
