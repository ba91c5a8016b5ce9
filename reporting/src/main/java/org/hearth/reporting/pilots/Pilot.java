package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A pilot as its questions and report need it: its partner, status and dates, the data request
 * its participants agreed to, what may be aggregated, and the funding.
 *
 * @param fields the declared fields; empty when {@code tenants.pilots.fields} could not be read
 */
public record Pilot(UUID id, UUID tenantId, String organisation, String title, String status, LocalDate startsOn, LocalDate endsOn,
                    UUID dataRequestId, List<String> categories, List<PilotField> fields, int targetCohort, BigDecimal fundingAmount,
                    String fundingCurrency, OffsetDateTime fundingReceivedAt, String fundingReference) {

    public Pilot {
        categories = List.copyOf(categories);
        fields = List.copyOf(fields);
    }

    /** Whether the pilot takes questions on {@code today}: approved, and between its start and end dates (both included). */
    public boolean running(LocalDate today) {
        return "approved".equals(status) && dataRequestId != null && !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    /** The declared field {@code name}, if any. */
    public java.util.Optional<PilotField> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }
}
