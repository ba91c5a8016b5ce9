package org.hearth.datastore.tokens;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A token as listed: never the secret itself. */
public record PersonalToken(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {

    /** A token just made: the only moment its secret exists outside the caller's hands. */
    public record Created(PersonalToken token, String secret) {
    }
}
