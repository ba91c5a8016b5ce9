package org.hearth.datastore.accounts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An individual's account as the API shows it. */
public record Account(UUID id, OffsetDateTime createdAt) {
}
