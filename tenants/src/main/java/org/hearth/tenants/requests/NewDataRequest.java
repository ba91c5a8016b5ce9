package org.hearth.tenants.requests;

import java.util.List;

/** What a tenant submits to publish a data request; {@code benefit} (what the person gets in return) may be null. */
public record NewDataRequest(String title, String purpose, String description, List<String> categories, List<String> accessModes,
                             int durationDays, int retentionDays, String lawfulBasis, String policyUrl, String benefit) {

    /** A request that offers nothing beyond the service itself. */
    public NewDataRequest(String title, String purpose, String description, List<String> categories, List<String> accessModes,
                          int durationDays, int retentionDays, String lawfulBasis, String policyUrl) {
        this(title, purpose, description, categories, accessModes, durationDays, retentionDays, lawfulBasis, policyUrl, null);
    }

    public NewDataRequest {
        benefit = benefit == null || benefit.isBlank() ? null : benefit.strip();
    }
}
