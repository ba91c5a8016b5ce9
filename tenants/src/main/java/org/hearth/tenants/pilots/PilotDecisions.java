package org.hearth.tenants.pilots;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.tenants.PilotFundingReceived;
import org.hearth.tenants.requests.DataRequestService;

/**
 * The operator's side, under the audited system scope: every pilot, the decision on a proposal
 * (an approval publishes the pilot's aggregate-only data request in the same transaction) and the
 * funding received (published for governance's ledger in the same transaction).
 */
public final class PilotDecisions {

    /** approve or refuse; a refusal needs its reason, an approval may give one. */
    public enum Verdict {
        APPROVE, REFUSE
    }

    private final Db db;
    private final Clock clock;
    private final DataRequestService requests;
    private final PilotRepository repository = new PilotRepository();

    public PilotDecisions(Db db, Clock clock, DataRequestService requests) {
        this.db = db;
        this.clock = clock;
        this.requests = requests;
    }

    public List<Pilot> all(CallContext ctx, Optional<PilotStatus> status) {
        return db.system(ctx, dsl -> repository.all(dsl, status));
    }

    public Pilot get(CallContext ctx, UUID id) {
        // thrown inside the audited scope, so that a refused lookup rolls its audit row back
        return db.system(ctx, dsl -> repository.byId(dsl, id, false).orElseThrow(PilotService::notFound));
    }

    public Pilot decide(CallContext ctx, UUID id, Verdict verdict, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (verdict == null) {
            throw PilotRules.invalid("decision", "approve or refuse");
        }
        if (verdict == Verdict.REFUSE && why == null) {
            throw PilotRules.invalid("reason", "required to refuse: the public body reads it");
        }
        if (why != null && why.length() > 4000) {
            throw PilotRules.invalid("reason", "at most 4000 characters");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return db.system(ctx, tx -> {
            Pilot pilot = repository.byId(tx, id, true).orElseThrow(PilotService::notFound);
            if (pilot.status() != PilotStatus.PROPOSED) {
                throw new HearthException(ErrorCode.PILOT_NOT_RUNNING, "This pilot was decided already: it is " + pilot.status().code() + ".");
            }
            if (verdict == Verdict.REFUSE) {
                repository.refuse(tx, id, ctx.actor().id(), now, why);
            } else {
                repository.approve(tx, id, ctx.actor().id(), now, why, publish(tx, pilot, now));
            }
            return repository.byId(tx, id, false).orElseThrow();
        });
    }

    /** The pilot's request: aggregate only, its agreements ending at the end of the pilot's last day (UTC) whenever one joins. */
    private UUID publish(org.jooq.DSLContext tx, Pilot pilot, OffsetDateTime now) {
        OffsetDateTime endsAt = pilot.terms().endsOn().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        if (!endsAt.isAfter(now)) {
            throw PilotRules.invalid("endsOn", "the pilot's end date has passed; it cannot be approved");
        }
        long days = Duration.between(now, endsAt).toDays() + 1;
        int durationDays = (int) Math.max(1, Math.min(3660, days));
        UUID requestId = Ids.newId();
        NewPilot t = pilot.terms();
        requests.publishAggregate(tx, pilot.tenantId(), new DataRequestService.AggregateRequest(requestId, t.title(), t.purpose(), t.description(),
                t.categories(), durationDays, t.policyUrl(), endsAt));
        return requestId;
    }

    /**
     * Records that the funding was received on {@code receivedOn} (once: 409 after) and publishes
     * {@link PilotFundingReceived} in the same transaction, for governance to book as grant revenue.
     */
    public Pilot recordFunding(CallContext ctx, UUID id, LocalDate receivedOn, String reference) {
        if (receivedOn == null) {
            throw PilotRules.invalid("receivedOn", "a date, YYYY-MM-DD");
        }
        if (receivedOn.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw PilotRules.invalid("receivedOn", "today or earlier: funding not yet received cannot be booked");
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > 200) {
            throw PilotRules.invalid("reference", "the bank's or the grant's reference, 1 to 200 characters");
        }
        return db.system(ctx, tx -> {
            Pilot pilot = repository.byId(tx, id, true).orElseThrow(PilotService::notFound);
            if (pilot.status() != PilotStatus.APPROVED && pilot.status() != PilotStatus.ENDED) {
                throw new HearthException(ErrorCode.PILOT_NOT_RUNNING, "Only an approved pilot's funding is booked; this one is " + pilot.status().code() + ".");
            }
            BigDecimal amount = pilot.terms().fundingAmount();
            if (amount.signum() == 0) {
                throw PilotRules.invalid("funding", "this pilot brings no funding");
            }
            if (!repository.recordFunding(tx, id, receivedOn, reference.strip())) {
                throw new HearthException(ErrorCode.CONFLICT, "This pilot's funding was recorded already, on " + pilot.fundingReceivedOn() + ".");
            }
            Outbox.append(tx, new PilotFundingReceived(id, pilot.tenantId(), receivedOn, pilot.terms().fundingCurrency(), amount, reference.strip()));
            return repository.byId(tx, id, false).orElseThrow();
        });
    }
}
