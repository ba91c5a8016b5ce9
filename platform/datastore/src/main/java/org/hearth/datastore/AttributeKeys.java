package org.hearth.datastore;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the public keys of a delivering organisation come from, to check its signature over a
 * record brought from an export archive: this Hearth's own organisations' keys, or those another
 * Hearth publishes when the operator trusts it ({@code HEARTH_TRUSTED_HEARTHS}). The archive's own
 * word is never enough: anyone can write an archive.
 */
@FunctionalInterface
public interface AttributeKeys {

    /**
     * The JWK set of organisation {@code tenantId} of the Hearth at {@code origin} (its public
     * address, e.g. {@code https://hearth.example}); empty when that Hearth is neither this one
     * nor trusted, has no such organisation, or cannot be reached. A null or empty {@code origin} is
     * this Hearth. The set also names the organisation ({@code organisation.name}).
     */
    Optional<String> jwks(String origin, UUID tenantId);

    /** This Hearth's own public address (an archive that names no origin was written here, or by an earlier version). */
    default String self() {
        return "";
    }
}
