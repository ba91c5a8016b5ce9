package org.hearth.tenants.pilots;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A pilot as stored: its terms, its status and the operator's decision, the invitation code of
 * the data request its approval published (null until approved), the funding once received and
 * when it ended.
 */
public record Pilot(UUID id, UUID tenantId, String tenantName, NewPilot terms, PilotStatus status, String decisionReason, OffsetDateTime decidedAt,
                    UUID dataRequestId, String invitationCode, LocalDate fundingReceivedOn, String fundingReference, OffsetDateTime endedAt,
                    OffsetDateTime createdAt) {

    /** Whether the pilot takes participants and questions on {@code today} (approved, between its dates). */
    public boolean runningOn(LocalDate today) {
        return status == PilotStatus.APPROVED && !today.isBefore(terms.startsOn()) && !today.isAfter(terms.endsOn());
    }
}
