package org.hearth.tenants.deliveries;

import java.util.UUID;
import org.hearth.datastore.Record;

/** What a tenant asks to deliver: the agreement, the record's content, and whether to sign it as a verified attribute. */
record Delivery(UUID agreementId, Record.Content content, boolean verified) {
}
