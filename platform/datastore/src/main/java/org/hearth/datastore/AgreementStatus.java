package org.hearth.datastore;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Where an agreement stands: a closed set, derived from its stored end ({@code expires_at}) and
 * revocation ({@code revoked_at}); on the wire and in pages as {@link #wire()} ({@code active},
 * {@code revoked}, {@code expired}).
 */
public enum AgreementStatus {
    ACTIVE, REVOKED, EXPIRED;

    public static AgreementStatus of(OffsetDateTime revokedAt, OffsetDateTime expiresAt, OffsetDateTime now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return expiresAt.isAfter(now) ? ACTIVE : EXPIRED;
    }

    /** The name in the API contract and the message bundles. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of the consent record (ISO/IEC TS 27560) in this status. */
    public String consentState() {
        return switch (this) {
            case ACTIVE -> "given";
            case REVOKED -> "withdrawn";
            case EXPIRED -> "expired";
        };
    }
}
