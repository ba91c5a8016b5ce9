package org.hearth.tenants.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.crypto.SigningKeys;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.billing.documents.InvoiceDocuments;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threshold invoicing on a real PostgreSQL as the application's role: the shipped standard plan
 * (threshold 1,000.00) issues an interim invoice once, the close deducts it, and numbers, documents
 * and events stay right.
 */
class InterimInvoicesIT {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Clock NOVEMBER_10 = Clock.fixed(Instant.parse("2026-11-10T08:00:00Z"), ZoneOffset.UTC);
    private static final Clock DECEMBER_2 = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    private final Db db = TenantsDatabase.app();
    private final ClientService clients = new ClientService(db, new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost",
            java.time.Duration.ofMinutes(15), Clock.systemUTC()), new TenantKeys(db, TenantsDatabase.masterKeys()), java.util.Map.of("sandbox", 20.0));
    private final Invoicing midMonth = Invoicing.create(db, NOVEMBER_10);
    private final Invoicing afterMonth = Invoicing.create(db, DECEMBER_2);
    private final CallContext operator = CallContext.system("test.interim");
    private final InvoiceDocuments documents = new InvoiceDocuments("Hearth");
    private int registered;

    @BeforeEach
    void reset() {
        TenantsDatabase.reset();
    }

    @Test
    void passingTheThresholdIssuesOneInterimInvoiceOfThePeriodSoFarAndASecondRunIssuesNothing() {
        UUID busy = tenant("Busy", "standard");
        UUID quiet = tenant("Quiet", "standard");
        tenant("Sandy", "sandbox");
        // 198,000 reads: 49.00 + 10,000 × 0.010 + 90,000 × 0.006 + 20.00 + 97,000 × 0.003 = 1,000.00, the threshold.
        usage(busy, Metric.CONSENTED_READS, "2026-11-05T10:00:00Z", "198000");
        usage(quiet, Metric.CONSENTED_READS, "2026-11-05T10:00:00Z", "197990");

        InterimInvoices.Run run = midMonth.interims().run(operator);
        InterimInvoices.Run again = midMonth.interims().run(operator);

        assertThat(run.month()).isEqualTo(NOVEMBER);
        assertThat(run.issued()).hasSize(1);
        assertThat(again.issued()).isEmpty();
        Invoice interim = midMonth.invoices().get(TenantsDatabase.scope(busy), run.issued().getFirst());
        assertThat(interim.kind()).isEqualTo(InvoiceKind.INTERIM);
        assertThat(interim.number()).isEqualTo("HE-2026-000001");
        assertThat(interim.issueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(interim.periodStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(interim.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(interim.lines()).filteredOn(l -> l.amount().isPositive())
                .extracting(l -> l.componentCode() + " " + l.amount().amount().toPlainString())
                .containsExactly("subscription 49.00", "consented_reads 951.00");
        assertThat(interim.subtotal()).isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(interim.total()).isEqualTo(Money.of("1200.00", "EUR"));
        assertThat(InvoiceJson.invoice(interim).getString("kind")).isEqualTo("interim");
        assertThat(midMonth.invoices().list(TenantsDatabase.scope(quiet))).isEmpty();
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.getString("number")).isEqualTo("HE-2026-000001");
            assertThat(new BigDecimal(e.getValue("total").toString())).isEqualByComparingTo("1200.00");
        });
    }

    @Test
    void concurrentRunsIssueOneInterimInvoice() throws Exception {
        UUID busy = tenant("Busy", "standard");
        usage(busy, Metric.CONSENTED_READS, "2026-11-05T10:00:00Z", "300000");
        Invoicing other = Invoicing.create(db, NOVEMBER_10);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = List.of(() -> midMonth.interims().run(operator).issued().size(),
                    () -> other.interims().run(operator).issued().size(), () -> midMonth.interims().run(operator).issued().size(),
                    () -> other.interims().run(operator).issued().size());
            int issued = 0;
            for (Future<Integer> f : pool.invokeAll(runs)) {
                issued += f.get();
            }
            assertThat(issued).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(midMonth.invoices().list(TenantsDatabase.scope(busy))).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(InvoiceKind.INTERIM));
        assertThat(events()).hasSize(1);
    }

    @Test
    void theClosingInvoiceBillsTheMonthLessItsInterimInvoiceWithGapFreeNumbersValidDocumentsAndRevenueOnce() {
        UUID busy = tenant("Busy", "standard");
        UUID quiet = tenant("Quiet", "standard");
        usage(busy, Metric.CONSENTED_READS, "2026-11-05T10:00:00Z", "198000");
        UUID interimId = midMonth.interims().run(operator).issued().getFirst();
        // After the interim invoice: 52,000 reads more, 156.00 of them at 0.003.
        usage(busy, Metric.CONSENTED_READS, "2026-11-20T10:00:00Z", "52000");
        usage(quiet, Metric.CONSENTED_READS, "2026-11-20T10:00:00Z", "5000");

        PeriodClose.Closed closed = afterMonth.close().close(operator, NOVEMBER);

        assertThat(closed.issued()).hasSize(2);
        assertThat(afterMonth.close().close(operator, NOVEMBER).issued()).isEmpty();
        assertThat(afterMonth.interims().run(operator).issued()).as("December has nothing to invoice yet").isEmpty();
        List<Invoice> all = afterMonth.invoices().all(operator, Optional.empty());
        assertThat(all).extracting(Invoice::number).containsExactlyInAnyOrder("HE-2026-000001", "HE-2026-000002", "HE-2026-000003");
        Invoice closing = afterMonth.invoices().get(TenantsDatabase.scope(busy), closed.issued().getFirst());
        assertThat(closing.kind()).isEqualTo(InvoiceKind.CLOSING);
        assertThat(closing.number()).isEqualTo("HE-2026-000002");
        assertThat(closing.periodStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(closing.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
        // The month: 49.00 + 100.00 + 560.00 + 149,000 × 0.003 = 1,156.00, less the interim invoice's 49.00 and 951.00.
        assertThat(closing.lines()).filteredOn(l -> !l.amount().isZero())
                .extracting(l -> l.kind() + " " + l.source() + " " + l.deducts().orElse("-") + " " + l.amount().amount().toPlainString())
                .containsExactly("charge subscriptions - 49.00", "charge usage_fees - 1107.00",
                        "interim_deduction subscriptions HE-2026-000001 -49.00", "interim_deduction usage_fees HE-2026-000001 -951.00");
        assertThat(closing.subtotal()).isEqualTo(Money.of("156.00", "EUR"));
        assertThat(closing.vatTotal()).isEqualTo(Money.of("31.20", "EUR"));
        assertThat(closing.total()).isEqualTo(Money.of("187.20", "EUR"));
        assertThat(InvoiceJson.invoice(closing).getString("kind")).isEqualTo("closing");

        // Every document valid, the deduction worded with the interim invoice's number, its price not negative.
        for (Invoice invoice : all) {
            var scope = TenantsDatabase.scope(invoice.tenantId());
            byte[] pdf = afterMonth.invoices().pdf(scope, invoice.id(), "fr");
            byte[] xml = afterMonth.invoices().xml(scope, invoice.id());
            assertThat(documents.validate(pdf).valid()).as(documents.validate(pdf).report()).isTrue();
            assertThat(documents.validate(xml).valid()).as(documents.validate(xml).report()).isTrue();
        }
        String xml = new String(afterMonth.invoices().xml(TenantsDatabase.scope(busy), closing.id()), StandardCharsets.UTF_8);
        assertThat(xml).contains("Invoiced on interim invoice HE-2026-000001 (usage)").contains("<ram:BilledQuantity unitCode=\"LS\">-1")
                .doesNotContain("<ram:ChargeAmount>-");
        var forms = new InvoiceForms(Invoicing.DEFAULT_SELLER, documents, Invoicing.PAYMENT_DAYS);
        var buyer = new InvoiceForms.BuyerDetails("Busy", "FR", Optional.empty(), "standard");
        Invoice interim = midMonth.invoices().get(TenantsDatabase.scope(busy), interimId);
        assertThat(documents.html(forms.document(interim, buyer, org.hearth.web.pages.Messages.of("en")), "en")).contains("Interim invoice")
                .doesNotContain(">Invoice <");
        assertThat(documents.html(forms.document(interim, buyer, org.hearth.web.pages.Messages.of("fr")), "fr")).contains("Facture intermédiaire");
        assertThat(documents.html(forms.document(closing, buyer, org.hearth.web.pages.Messages.of("fr")), "fr"))
                .contains("Déjà facturé sur la facture intermédiaire HE-2026-000001 (usage)");

        // Revenue once: the busy tenant's events add up, per source, to the month's amount.
        List<JsonObject> busyEvents = events().stream().filter(e -> e.getString("tenantId").equals(busy.toString())).toList();
        assertThat(busyEvents).hasSize(2);
        assertThat(sum(busyEvents, "subscriptions")).isEqualByComparingTo("49.00");
        assertThat(sum(busyEvents, "usageFees")).isEqualByComparingTo("1107.00");
        assertThat(sum(busyEvents, "total")).isEqualByComparingTo("1387.20");
    }

    @Test
    void aCreditedInterimInvoiceIsNotDeductedAgainAndADeductionLineAloneCannotBeCredited() {
        UUID busy = tenant("Busy", "standard");
        usage(busy, Metric.CONSENTED_READS, "2026-11-05T10:00:00Z", "198000");
        UUID first = midMonth.interims().run(operator).issued().getFirst();
        afterMonth.creditNotes().issue(operator, first, Optional.empty());

        UUID closingId = afterMonth.close().close(operator, NOVEMBER).issued().getFirst();

        Invoice closing = afterMonth.invoices().get(TenantsDatabase.scope(busy), closingId);
        assertThat(closing.lines()).noneMatch(l -> l.deducts().isPresent());
        assertThat(closing.subtotal()).isEqualTo(Money.of("1000.00", "EUR"));

        // A period whose interim invoice stands: its closing invoice's deduction lines cannot be credited on their own.
        UUID other = tenant("Other", "standard");
        usage(other, Metric.CONSENTED_READS, "2026-11-05T10:00:00Z", "198000");
        assertThat(midMonth.interims().run(operator).issued()).hasSize(1);
        UUID otherClosing = afterMonth.close().close(operator, NOVEMBER).issued().getFirst();
        int deduction = afterMonth.invoices().get(TenantsDatabase.scope(other), otherClosing).lines().stream()
                .filter(l -> l.deducts().isPresent()).findFirst().orElseThrow().position();
        assertThatThrownBy(() -> afterMonth.creditNotes().issue(operator, otherClosing, Optional.of(List.of(deduction))))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
    }

    private static BigDecimal sum(List<JsonObject> events, String field) {
        return events.stream().map(e -> new BigDecimal(e.getValue(field).toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private UUID tenant(String name, String plan) {
        UUID id = clients.createTenantWithClient(name, "company").tenantId();
        db.system(CallContext.system("test.tenant"), tx -> tx.update(TENANTS_).set(TENANTS_.PLAN, plan)
                .set(TENANTS_.CREATED_AT, OffsetDateTime.parse("2026-10-15T09:00:00Z").plusMinutes(registered++)).where(TENANTS_.ID.eq(id)).execute());
        return id;
    }

    private void usage(UUID tenant, Metric metric, String hour, String quantity) {
        db.system(CallContext.system("test.usage"), tx -> tx.insertInto(USAGE).set(USAGE.TENANT_ID, tenant).set(USAGE.METRIC, metric.code())
                .set(USAGE.AGREEMENT_ID, Ids.newId()).set(USAGE.HOUR, OffsetDateTime.parse(hour)).set(USAGE.QUANTITY, new BigDecimal(quantity)).execute());
    }

    private static List<JsonObject> events() {
        return TestDatabase.get().db().read("test.events", dsl -> dsl.select(OUTBOX_EVENTS.PAYLOAD).from(OUTBOX_EVENTS)
                .where(OUTBOX_EVENTS.EVENT_TYPE.eq("invoice.issued")).orderBy(OUTBOX_EVENTS.ID).fetch(r -> new JsonObject(r.value1().data())));
    }
}
