package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import io.vertx.core.json.JsonArray;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.kernel.outbox.OutboxEvent;
import org.hearth.tenants.CreditNoteIssued;
import org.hearth.tenants.InvoiceIssued;
import org.hearth.tenants.PaymentRecorded;
import org.jooq.JSONB;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's "revenue in the ledger" end to end: tenants' own billing events, appended to the
 * outbox, reach the board's figures through the worker the platform starts, with nobody typing.
 */
class BillingRevenueJourneyIT {

    private static Platform platform;
    private static Staff operator;
    private static Staff board;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        operator = Staff.signIn(platform, "treasurer@hearth.example", "treasurer password", Set.of("operator"));
        board = Staff.signIn(platform, "chair@hearth.example", "chair of the board", Set.of("board"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("An issued invoice moves the board's result by its net amount, a partial payment and a credit note follow, and no entry is typed")
    void billingRevenueReachesTheBoard() throws InterruptedException {
        String year = operator.post("/api/v1/governance/years", "{\"startsOn\":\"2023-04-01\"}", 201).getString("id");
        String status = "/api/v1/governance/years/" + year + "/status";
        assertThat(board.get(status).getString("result")).isEqualTo("0.00");
        String currency = board.get(status).getString("currency");
        UUID tenant = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();

        UUID malformed = UUID.randomUUID();
        platform.db().system(CallContext.system("test.billing"), tx -> tx.insertInto(OUTBOX_EVENTS).set(OUTBOX_EVENTS.EVENT_ID, malformed)
                .set(OUTBOX_EVENTS.AGGREGATE_TYPE, "invoice").set(OUTBOX_EVENTS.AGGREGATE_ID, "x").set(OUTBOX_EVENTS.EVENT_TYPE, "invoice.issued")
                .set(OUTBOX_EVENTS.PAYLOAD, JSONB.valueOf("{\"invoiceId\":\"" + UUID.randomUUID() + "\"}")).execute());
        append(new InvoiceIssued(invoice, tenant, "F-2023-000001", LocalDate.parse("2023-05-31"), LocalDate.parse("2023-06-30"), currency,
                new BigDecimal("100.00"), new BigDecimal("250.50"), new BigDecimal("12.30"), new BigDecimal("72.56"), new BigDecimal("435.36")));

        waitFor(() -> "362.80".equals(board.get(status).getString("result")));
        assertThat(closing("4000")).isEqualTo("100.00");
        assertThat(closing("4100")).isEqualTo("250.50");
        assertThat(closing("4200")).isEqualTo("12.30");
        assertThat(closing("2400")).as("VAT payable").isEqualTo("72.56");
        assertThat(closing("1100")).as("receivables").isEqualTo("435.36");
        JsonArray rejected = operator.get("/api/v1/governance/billing/rejected-events").getJsonArray("items");
        assertThat(rejected).as("the malformed event before it is shown to operators, and did not stop the poster").hasSize(1);
        assertThat(rejected.getJsonObject(0).getString("eventId")).isEqualTo(malformed.toString());
        assertThat(rejected.getJsonObject(0).getString("reason")).isEqualTo("tenantId is missing");

        append(new PaymentRecorded(UUID.randomUUID(), invoice, tenant, LocalDate.parse("2023-06-15"), currency, new BigDecimal("200.00")));
        append(new CreditNoteIssued(UUID.randomUUID(), invoice, tenant, "A-2023-000001", LocalDate.parse("2023-06-20"), currency,
                BigDecimal.ZERO, new BigDecimal("50.00"), BigDecimal.ZERO, new BigDecimal("10.00"), new BigDecimal("60.00")));

        waitFor(() -> "175.36".equals(closing("1100")));
        assertThat(closing("1000")).as("cash").isEqualTo("200.00");
        assertThat(board.get(status).getString("result")).as("the credit note takes its net amount back").isEqualTo("312.80");
        assertThat(operator.entryCount()).isEqualTo(3);
        var trial = board.get("/api/v1/governance/trial-balance?from=2023-04-01&to=2024-03-31");
        assertThat(trial.getString("difference")).isEqualTo("0.00");
    }

    private static void append(OutboxEvent event) {
        platform.db().system(CallContext.system("test.billing"), tx -> Outbox.append(tx, event));
    }

    private static String closing(String account) {
        return board.get("/api/v1/governance/accounts/" + account + "/statement?from=2023-04-01&to=2024-03-31").getString("closing");
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Eventually.within(java.time.Duration.ofSeconds(20), condition);
        assertThat(condition.getAsBoolean()).as("the poster books within 20 s").isTrue();
    }
}
