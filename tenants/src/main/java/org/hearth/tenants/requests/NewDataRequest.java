package org.hearth.tenants.requests;

import java.util.List;

/** What a tenant submits to publish a data request. */
public record NewDataRequest(String title, String purpose, String description, List<String> categories, List<String> accessModes,
                             int durationDays, int retentionDays, String lawfulBasis, String policyUrl) {
}
