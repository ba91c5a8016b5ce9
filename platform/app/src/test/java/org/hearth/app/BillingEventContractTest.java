package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hearth.governance.billing.BillingEvent;
import org.hearth.kernel.outbox.EventCodec;
import org.hearth.kernel.outbox.OutboxEvent;
import org.hearth.tenants.CreditNoteIssued;
import org.hearth.tenants.InvoiceIssued;
import org.hearth.tenants.PaymentRecorded;
import org.hearth.tenants.PilotFundingReceived;
import org.junit.jupiter.api.Test;

/**
 * Governance reads tenants' billing events from the outbox without depending on tenants, through
 * its own records: only the application sees both, so the contract is checked here. Each of
 * tenants' events, encoded by the kernel's codec, is read back by governance with every field equal.
 */
class BillingEventContractTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID INVOICE = UUID.randomUUID();

    @Test
    void governanceReadsEveryFieldOfTenantsBillingEventsUnderTheSameTypeNames() {
        List<OutboxEvent> published = List.of(
                new InvoiceIssued(INVOICE, TENANT, "F-2026-000001", LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-30"), "EUR",
                        new BigDecimal("100.00"), new BigDecimal("250.50"), new BigDecimal("12.30"), new BigDecimal("72.56"), new BigDecimal("435.36")),
                new PaymentRecorded(UUID.randomUUID(), INVOICE, TENANT, LocalDate.parse("2026-12-10"), "EUR", new BigDecimal("50.00")),
                new CreditNoteIssued(UUID.randomUUID(), INVOICE, TENANT, "A-2026-000001", LocalDate.parse("2026-12-15"), "EUR",
                        new BigDecimal("40.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("8.00"), new BigDecimal("48.00")),
                new PilotFundingReceived(UUID.randomUUID(), TENANT, LocalDate.parse("2026-12-20"), "EUR", new BigDecimal("25000.00"), "GRANT-2026-17"));

        assertThat(published).extracting(OutboxEvent::type).containsExactlyElementsOf(BillingEvent.TYPES);
        for (OutboxEvent event : published) {
            BillingEvent read = BillingEvent.decode(event.type(), EventCodec.encode(event).encode());
            assertThat(names(read.getClass())).as(event.type()).containsExactlyElementsOf(names(event.getClass()));
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                Object sent = value(component, event);
                Object got = value(Arrays.stream(read.getClass().getRecordComponents())
                        .filter(c -> c.getName().equals(component.getName())).findFirst().orElseThrow(), read);
                if (sent instanceof BigDecimal amount) {
                    assertThat((BigDecimal) got).as(event.type() + "." + component.getName()).isEqualByComparingTo(amount);
                } else {
                    assertThat(got).as(event.type() + "." + component.getName()).isEqualTo(sent);
                }
            }
        }
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName() + ":" + c.getType().getSimpleName()).toList();
    }

    private static Object value(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
