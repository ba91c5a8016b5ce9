package org.hearth.tenants.verification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organisation as staff review it: {@code verifiedAt} and {@code evidence} (the register and
 * number checked) are null while the platform has not checked who it is.
 */
public record Organisation(UUID id, String name, String kind, String status, OffsetDateTime registeredAt, OffsetDateTime verifiedAt,
                           String evidence) {

    public boolean verified() {
        return verifiedAt != null;
    }
}
