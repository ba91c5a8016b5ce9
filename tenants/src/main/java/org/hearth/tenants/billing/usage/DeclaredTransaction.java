package org.hearth.tenants.billing.usage;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.hearth.kernel.money.Money;

/** A transaction a tenant declared under one of its agreements, on which a commission may be due. */
public record DeclaredTransaction(UUID id, UUID agreementId, Money value, String externalReference, OffsetDateTime declaredAt) {

    /** What the tenant sends, checked at the edge. */
    public record New(UUID agreementId, Money value, String externalReference) {
    }
}
