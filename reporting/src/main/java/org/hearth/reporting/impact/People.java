package org.hearth.reporting.impact;

import java.util.List;

/**
 * What the platform did for people in a period.
 *
 * @param active accounts that existed at the period's end and were not erased by then
 * @param registered accounts created in the period
 * @param erased accounts erased in the period
 * @param recordsHeld records in the stores at the time of the report (erasure deletes them)
 * @param recordsDelivered records tenants delivered into stores in the period
 * @param consentedReads reads by tenants under an agreement in the period
 * @param revocations agreements revoked in the period
 * @param erasuresHonoured tenants' acknowledgements of an erasure in the period
 * @param medianHoursToHonourErasure the median time from an erasure request to a tenant's
 *     acknowledgement, for those acknowledged in the period; null when there were none
 */
public record People(long active, long registered, long erased, long recordsHeld, long recordsDelivered, long consentedReads,
                     long revocations, long erasuresHonoured, Double medianHoursToHonourErasure, List<AgreementCount> agreements,
                     List<TenantCount> tenants) {

    /** Agreements with a purpose in a status (active, revoked or expired), as at the time of the report. */
    public record AgreementCount(String purpose, String status, long count) {
    }

    /**
     * Tenants of a kind on a plan at the period's end ({@code plan} null: none assigned), with the
     * plan's names in English and French (the plan's code when the plan has no row).
     */
    public record TenantCount(String kind, String plan, String planEnglish, String planFrench, long count) {
    }

    public People {
        agreements = List.copyOf(agreements);
        tenants = List.copyOf(tenants);
    }
}
