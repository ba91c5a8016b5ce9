package org.hearth.datastore.accounts;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** An individual's account as the API shows it; {@code language} is empty while the individual never chose one. */
public record Account(UUID id, OffsetDateTime createdAt, Optional<String> language) {

    public Account {
        language = java.util.Objects.requireNonNull(language, "language");
    }
}
