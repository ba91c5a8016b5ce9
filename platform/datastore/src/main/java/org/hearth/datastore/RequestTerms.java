package org.hearth.datastore;

import java.util.List;
import java.util.UUID;

/** The terms of a data request as an individual reviews them; the tenants module publishes them. */
public record RequestTerms(UUID requestId, UUID tenantId, String tenantName, String title, String purpose, String description,
                           List<String> categories, List<String> accessModes, int durationDays, int retentionDays,
                           String lawfulBasis, String policyUrl, boolean open) {
}
