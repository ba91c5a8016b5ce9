package org.hearth.tenants.billing.documents;

import java.util.Objects;
import java.util.Optional;

/** The tenant billed: a business, usually with a VAT id (BT-48), or a consumer, never with one. */
public record Buyer(String name, Address address, Optional<String> vatId, Kind kind) {

    /** Whether the buyer buys in the course of a business (B2B) or not (B2C); reverse charge needs the first. */
    public enum Kind { BUSINESS, CONSUMER }

    public Buyer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(vatId, "vatId");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.CONSUMER && vatId.isPresent()) {
            throw new IllegalArgumentException("a consumer has no VAT id");
        }
    }
}
