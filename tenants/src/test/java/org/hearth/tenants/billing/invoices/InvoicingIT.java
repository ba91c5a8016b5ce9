package org.hearth.tenants.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;
import static org.hearth.schema.generated.tenants.Tables.DECLARED_TRANSACTIONS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.hearth.tenants.billing.pricing.Rater;
import org.hearth.tenants.billing.pricing.RatingRequest;
import org.hearth.tenants.billing.pricing.Transaction;
import org.hearth.tenants.billing.pricing.Usage;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.kernel.crypto.SigningKeys;
import org.hearth.web.security.AccessTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Closing a month into invoices, numbering and payments, from usage rows to events, on a real PostgreSQL as the application's role. */
class InvoicingIT {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Clock DECEMBER_2 = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    private final Db db = TenantsDatabase.app();
    private final ClientService clients = new ClientService(db, new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost",
            java.time.Duration.ofMinutes(15), Clock.systemUTC()), new TenantKeys(db, TenantsDatabase.masterKeys()), java.util.Map.of("sandbox", 20.0));
    private final Invoicing invoicing = Invoicing.create(db, DECEMBER_2);
    private final CallContext operator = CallContext.system("test.invoicing");
    /** Tenants registered one minute apart, so the close takes them in a known order. */
    private int registered;

    @BeforeEach
    void reset() {
        TenantsDatabase.reset();
    }

    @Test
    void aMonthOfUsageRowsBecomesAnInvoiceWithTheEnginesExactAmountsAndOneEvent() {
        UUID tenant = tenant("Acme", "standard");
        UUID agreement = Ids.newId();
        usage(tenant, agreement, Metric.CONSENTED_READS, "2026-11-03T10:00:00Z", "3000");
        usage(tenant, agreement, Metric.CONSENTED_READS, "2026-11-20T15:00:00Z", "2000");
        usage(tenant, agreement, Metric.RECORDS_SERVED, "2026-11-20T15:00:00Z", "20000");
        usage(tenant, agreement, Metric.RECORDS_DELIVERED, "2026-11-11T00:00:00Z", "2500");
        usage(tenant, agreement, Metric.ACTIVE_AGREEMENT_DAYS, "2026-11-05T00:00:00Z", "3600");
        usage(tenant, agreement, Metric.MEGABYTES_EXCHANGED, "2026-11-30T23:00:00Z", "1024.5");
        // Outside the period: billed neither here nor twice.
        usage(tenant, agreement, Metric.CONSENTED_READS, "2026-12-01T00:00:00Z", "99999");
        transaction(tenant, agreement, "100.00", "2026-11-07T12:00:00Z", "order-1");
        transaction(tenant, agreement, "10.00", "2026-11-08T12:00:00Z", "order-2");

        PeriodClose.Closed closed = invoicing.close().close(operator, NOVEMBER);

        assertThat(closed.issued()).hasSize(1);
        Invoice invoice = invoicing.invoices().get(TenantsDatabase.scope(tenant), closed.issued().getFirst());
        assertThat(invoice.number()).isEqualTo("HE-2026-000001");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(invoice.periodStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(invoice.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
        // 49.00 subscription; reads 4,000 past the allowance at 0.010; 10,000 records past it at
        // 0.0002; 1,500 deliveries are two started blocks of 2.50; 600 agreement-days at 0.02;
        // 0.5 MB at 0.05 = 0.025, rounded half-up; commissions 1.60 and the 0.50 minimum.
        assertThat(invoice.lines()).extracting(l -> l.componentCode() + " " + l.amount().amount().toPlainString()).containsExactly(
                "subscription 49.00", "consented_reads 40.00", "records_served 2.00", "records_delivered 5.00", "agreements 12.00",
                "traffic 0.03", "commission 2.10");
        assertThat(invoice.subtotal()).isEqualTo(Money.of("110.13", "EUR"));
        assertThat(invoice.vatTotal()).isEqualTo(Money.of("22.03", "EUR"));
        assertThat(invoice.total()).isEqualTo(Money.of("132.16", "EUR"));
        assertThat(invoice.amountDue()).isEqualTo(Money.of("132.16", "EUR"));
        assertThat(invoice.vat()).singleElement().satisfies(v -> assertThat(v.ratePercent()).isEqualByComparingTo("20"));

        // The same request rated by the engine alone gives the same lines and totals.
        BillingPeriod period = BillingPeriod.month(NOVEMBER);
        var draft = new Rater(PlanDocument.shipped(), Invoicing.DEFAULT_VAT).rate(new RatingRequest(
                List.of(new PlanAssignment("standard", LocalDate.of(2026, 10, 15))), period,
                List.of(Usage.on(LocalDate.of(2026, 11, 3), Metric.CONSENTED_READS, 3000), Usage.on(LocalDate.of(2026, 11, 20), Metric.CONSENTED_READS, 2000),
                        Usage.on(LocalDate.of(2026, 11, 20), Metric.RECORDS_SERVED, 20000), Usage.on(LocalDate.of(2026, 11, 11), Metric.RECORDS_DELIVERED, 2500),
                        Usage.on(LocalDate.of(2026, 11, 5), Metric.ACTIVE_AGREEMENT_DAYS, 3600),
                        new Usage(Metric.MEGABYTES_EXCHANGED, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), new BigDecimal("1024.5"))),
                List.of(new Transaction(Money.of("100.00", "EUR"), LocalDate.of(2026, 11, 7)), new Transaction(Money.of("10.00", "EUR"), LocalDate.of(2026, 11, 8))),
                Customer.business("FR", null)));
        assertThat(invoice.lines()).extracting(Invoice.Line::amount).containsExactlyElementsOf(draft.lines().stream().map(l -> l.amount()).toList());
        assertThat(invoice.total()).isEqualTo(draft.total());

        List<JsonObject> issued = events("invoice.issued");
        assertThat(issued).singleElement().satisfies(e -> {
            assertThat(e.getString("invoiceId")).isEqualTo(invoice.id().toString());
            assertThat(e.getString("number")).isEqualTo("HE-2026-000001");
            assertThat(new BigDecimal(e.getValue("subscriptions").toString())).isEqualByComparingTo("49.00");
            assertThat(new BigDecimal(e.getValue("usageFees").toString())).isEqualByComparingTo("59.03");
            assertThat(new BigDecimal(e.getValue("commissions").toString())).isEqualByComparingTo("2.10");
            assertThat(new BigDecimal(e.getValue("vat").toString())).isEqualByComparingTo("22.03");
            assertThat(new BigDecimal(e.getValue("total").toString())).isEqualByComparingTo("132.16");
        });
    }

    @Test
    void numbersRunWithoutGapsAcrossTenantsAndClosingTwiceIssuesNothingNew() {
        UUID first = tenant("First", "standard");
        UUID second = tenant("Second", "sandbox");
        UUID third = tenant("Third", "enterprise");

        PeriodClose.Closed closed = invoicing.close().close(operator, NOVEMBER);
        PeriodClose.Closed again = invoicing.close().close(operator, NOVEMBER);

        assertThat(closed.issued()).hasSize(3);
        assertThat(again.issued()).isEmpty();
        List<Invoice> all = invoicing.invoices().all(operator, Optional.empty());
        assertThat(all).extracting(Invoice::number).containsExactlyInAnyOrder("HE-2026-000001", "HE-2026-000002", "HE-2026-000003");
        assertThat(all).extracting(Invoice::tenantId).containsExactlyInAnyOrder(first, second, third);
        assertThat(all).filteredOn(i -> i.tenantId().equals(second)).singleElement()
                .satisfies(i -> assertThat(i.total()).isEqualTo(Money.of("0.00", "EUR")));
        // Enterprise: 499.00 subscription and the 50.00 spending minimum on deliveries make 549.00;
        // the 1,500.00 commitment tops it up: 951.00 more.
        assertThat(all).filteredOn(i -> i.tenantId().equals(third)).singleElement()
                .satisfies(i -> assertThat(i.subtotal()).isEqualTo(Money.of("1500.00", "EUR")));
        assertThat(events("invoice.issued")).hasSize(3);
        // Each tenant sees only its own.
        assertThat(invoicing.invoices().list(TenantsDatabase.scope(first))).extracting(Invoice::tenantId).containsExactly(first);
        UUID othersInvoice = all.stream().filter(i -> i.tenantId().equals(third)).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> invoicing.invoices().get(TenantsDatabase.scope(first), othersInvoice))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aTenantTheEngineCannotRateIsLeftOutWithoutHoldingUpTheOthersOrTakingANumber() {
        UUID first = tenant("Before", "standard");
        UUID unrateable = tenant("Ghost Plan", "ghost-plan");
        UUID last = tenant("After", "standard");

        PeriodClose.Closed closed = invoicing.close().close(operator, NOVEMBER);

        assertThat(closed.issued()).hasSize(2);
        assertThat(closed.refused()).singleElement().satisfies(r -> {
            assertThat(r.tenantId()).isEqualTo(unrateable);
            assertThat(r.reason()).contains("ghost-plan");
        });
        List<Invoice> all = invoicing.invoices().all(operator, Optional.empty());
        assertThat(all).extracting(Invoice::tenantId).containsExactlyInAnyOrder(first, last);
        assertThat(all).extracting(Invoice::number).containsExactlyInAnyOrder("HE-2026-000001", "HE-2026-000002");
        assertThat(events("invoice.issued")).hasSize(2);
        // Once its plan is mended, the next close invoices it with the next number.
        db.system(CallContext.system("test.mend"), tx -> tx.update(TENANTS_).set(TENANTS_.PLAN, "standard").where(TENANTS_.ID.eq(unrateable)).execute());
        PeriodClose.Closed again = invoicing.close().close(operator, NOVEMBER);
        assertThat(again.refused()).isEmpty();
        assertThat(again.issued()).singleElement().satisfies(id ->
                assertThat(invoicing.invoices().get(TenantsDatabase.scope(unrateable), id).number()).isEqualTo("HE-2026-000003"));
    }

    @Test
    void aMonthNotYetEndedCannotBeClosed() {
        tenant("Early", "standard");

        assertThatThrownBy(() -> invoicing.close().close(operator, YearMonth.of(2026, 12)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThat(invoicing.invoices().all(operator, Optional.empty())).isEmpty();
    }

    @Test
    void aPartialPaymentLeavesItPartiallyPaidTheRestPaysItAndTooMuchChangesNothing() {
        UUID tenant = tenant("Payer", "standard");
        UUID id = invoicing.close().close(operator, NOVEMBER).issued().getFirst();
        InvoiceService invoices = invoicing.invoices();

        var partial = invoices.recordPayment(operator, id, new BigDecimal("20.00"), "EUR", LocalDate.of(2026, 12, 2));
        assertThat(partial.invoice().status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partial.invoice().amountDue()).isEqualTo(Money.of("38.80", "EUR"));

        assertThatThrownBy(() -> invoices.recordPayment(operator, id, new BigDecimal("38.81"), "EUR", LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThatThrownBy(() -> invoices.recordPayment(operator, id, new BigDecimal("1.00"), "USD", LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThatThrownBy(() -> invoices.recordPayment(operator, id, new BigDecimal("1.00"), "EUR", LocalDate.of(2026, 12, 3)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThat(invoices.get(TenantsDatabase.scope(tenant), id).paid()).isEqualTo(Money.of("20.00", "EUR"));

        var rest = invoices.recordPayment(operator, id, new BigDecimal("38.80"), "EUR", LocalDate.of(2026, 12, 2));
        assertThat(rest.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(rest.invoice().amountDue()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(invoices.all(operator, Optional.of(InvoiceStatus.PAID))).extracting(Invoice::id).containsExactly(id);
        assertThat(events("invoice.payment_recorded")).extracting(e -> new BigDecimal(e.getValue("amount").toString()).stripTrailingZeros().toPlainString()).containsExactly("20", "38.8");
    }

    @Test
    void anUnpaidInvoicePastItsDueDateBecomesOverdueOnceAndPayingItMakesItPaid() {
        UUID tenant = tenant("Late", "standard");
        UUID id = invoicing.close().close(operator, NOVEMBER).issued().getFirst();
        invoicing.invoices().recordPayment(operator, id, new BigDecimal("8.80"), "EUR", LocalDate.of(2026, 12, 2));
        Invoicing later = Invoicing.create(db, Clock.fixed(Instant.parse("2027-01-02T06:00:00Z"), ZoneOffset.UTC));

        assertThat(invoicing.invoices().markOverdue(CallContext.system("test.overdue"))).isZero();
        assertThat(later.invoices().markOverdue(CallContext.system("test.overdue"))).isEqualTo(1);
        assertThat(later.invoices().markOverdue(CallContext.system("test.overdue"))).isZero();

        assertThat(later.invoices().get(TenantsDatabase.scope(tenant), id).status()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(later.invoices().all(operator, Optional.of(InvoiceStatus.OVERDUE))).extracting(Invoice::id).containsExactly(id);
        assertThat(events("invoice.overdue")).singleElement().satisfies(e -> {
            assertThat(e.getString("number")).isEqualTo("HE-2026-000001");
            assertThat(new BigDecimal(e.getValue("amountDue").toString())).isEqualByComparingTo("50.00");
        });
        var partly = later.invoices().recordPayment(operator, id, new BigDecimal("10.00"), "EUR", LocalDate.of(2027, 1, 2));
        assertThat(partly.invoice().status()).isEqualTo(InvoiceStatus.OVERDUE);
        var paid = later.invoices().recordPayment(operator, id, new BigDecimal("40.00"), "EUR", LocalDate.of(2027, 1, 2));
        assertThat(paid.invoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(events("invoice.overdue")).hasSize(1);
    }

    @Test
    void eachInvoiceIsAFacturXPdfAndACiiXmlThatMustangAccepts() {
        UUID standard = tenant("Acme", "standard");
        UUID sandbox = tenant("Sandy", "sandbox");
        UUID agreement = Ids.newId();
        usage(standard, agreement, Metric.CONSENTED_READS, "2026-11-03T10:00:00Z", "12345");
        usage(standard, agreement, Metric.ACTIVE_AGREEMENT_DAYS, "2026-11-05T00:00:00Z", "3600");
        invoicing.close().close(operator, NOVEMBER);
        var documents = new org.hearth.tenants.billing.documents.InvoiceDocuments("Hearth");

        for (UUID tenant : List.of(standard, sandbox)) {
            var scope = TenantsDatabase.scope(tenant);
            UUID id = invoicing.invoices().list(scope).getFirst().id();
            byte[] pdf = invoicing.invoices().pdf(scope, id, "fr");
            byte[] xml = invoicing.invoices().xml(scope, id);
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            var pdfCheck = documents.validate(pdf);
            assertThat(pdfCheck.valid()).as(pdfCheck.report()).isTrue();
            var xmlCheck = documents.validate(xml);
            assertThat(xmlCheck.valid()).as(xmlCheck.report()).isTrue();
            assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("HE-2026-00000");
        }
    }

    @Test
    void aCreditNoteForOneLineThenTheRestCreditsTheInvoiceAndItsVatExactly() {
        UUID tenant = tenant("Refunded", "standard");
        UUID agreement = Ids.newId();
        usage(tenant, agreement, Metric.CONSENTED_READS, "2026-11-03T10:00:00Z", "5000");
        usage(tenant, agreement, Metric.MEGABYTES_EXCHANGED, "2026-11-30T23:00:00Z", "1024.5");
        UUID id = invoicing.close().close(operator, NOVEMBER).issued().getFirst();
        Invoice invoice = invoicing.invoices().get(TenantsDatabase.scope(tenant), id);
        // 49.00 + 40.00 + 0.03 = 89.03, VAT 17.81 (17.806 half-up), total 106.84.
        assertThat(invoice.total()).isEqualTo(Money.of("106.84", "EUR"));
        int reads = invoice.lines().stream().filter(l -> l.componentCode().equals("consented_reads")).findFirst().orElseThrow().position();

        var first = invoicing.creditNotes().issue(operator, id, Optional.of(List.of(reads)));
        assertThat(first.number()).isEqualTo("HC-2026-000001");
        assertThat(first.total()).isEqualByComparingTo("48.00");
        assertThat(first.invoice().status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(first.invoice().amountDue()).isEqualTo(Money.of("58.84", "EUR"));
        var documents = new org.hearth.tenants.billing.documents.InvoiceDocuments("Hearth");
        byte[] notePdf = invoicing.creditNotes().pdf(TenantsDatabase.scope(tenant), first.id(), "en");
        byte[] noteXml = invoicing.creditNotes().xml(TenantsDatabase.scope(tenant), first.id());
        assertThat(documents.validate(notePdf).valid()).as(documents.validate(notePdf).report()).isTrue();
        assertThat(documents.validate(noteXml).valid()).as(documents.validate(noteXml).report()).isTrue();
        assertThat(new String(noteXml, java.nio.charset.StandardCharsets.UTF_8)).contains("HC-2026-000001").contains("HE-2026-000001")
                .contains("48.00").doesNotContain("49.00");
        assertThatThrownBy(() -> invoicing.creditNotes().issue(operator, id, Optional.of(List.of(reads))))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThatThrownBy(() -> invoicing.creditNotes().issue(operator, id, Optional.of(List.of(99))))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));

        var rest = invoicing.creditNotes().issue(operator, id, Optional.empty());
        assertThat(rest.number()).isEqualTo("HC-2026-000002");
        assertThat(rest.total()).isEqualByComparingTo("58.84");
        assertThat(rest.invoice().status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(rest.invoice().amountDue()).isEqualTo(Money.of("0.00", "EUR"));
        assertThatThrownBy(() -> invoicing.creditNotes().issue(operator, id, Optional.empty()))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThatThrownBy(() -> invoicing.invoices().recordPayment(operator, id, new BigDecimal("1.00"), "EUR", LocalDate.of(2026, 12, 2)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));

        List<JsonObject> credited = events("invoice.credited");
        assertThat(credited).extracting(e -> new BigDecimal(e.getValue("vat").toString()).stripTrailingZeros().toPlainString())
                .containsExactly("8", "9.81");
        assertThat(credited).extracting(e -> new BigDecimal(e.getValue("usageFees").toString()).stripTrailingZeros().toPlainString())
                .containsExactly("40", "0.03");
        assertThat(credited).extracting(e -> new BigDecimal(e.getValue("subscriptions").toString()).stripTrailingZeros().toPlainString())
                .containsExactly("0", "49");
    }

    @Test
    void aCloseThatFailsHalfWayLeavesEachTenantsInvoiceAllThereOrNotThereAndTheNextCloseFillsTheGapWithoutOne() {
        UUID first = tenant("First", "standard");
        UUID second = tenant("Second", "standard");
        usage(second, Ids.newId(), Metric.CONSENTED_READS, "2026-11-03T10:00:00Z", "5000");
        // Agreement-days fail for the second tenant after its usage rows were read, mid-transaction.
        Invoicing failing = Invoicing.create(db, DECEMBER_2, (tx, tenant, period) -> {
            if (tenant.equals(second)) {
                throw new IllegalStateException("the process dies here");
            }
            return List.of();
        });

        assertThatThrownBy(() -> failing.close().close(operator, NOVEMBER)).hasMessageContaining("the process dies here");

        assertThat(invoicing.invoices().all(operator, Optional.empty())).extracting(Invoice::tenantId, Invoice::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, "HE-2026-000001"));
        assertThat(invoicing.invoices().list(TenantsDatabase.scope(second))).isEmpty();
        assertThat(events("invoice.issued")).hasSize(1);

        PeriodClose.Closed resumed = invoicing.close().close(operator, NOVEMBER);

        assertThat(resumed.issued()).hasSize(1);
        assertThat(invoicing.invoices().list(TenantsDatabase.scope(second))).singleElement().satisfies(i -> {
            assertThat(i.number()).isEqualTo("HE-2026-000002");
            assertThat(i.lines()).hasSize(7);
            assertThat(i.subtotal()).isEqualTo(Money.of("89.00", "EUR"));
        });
        assertThat(events("invoice.issued")).hasSize(2);
    }

    @Test
    void aChangeOfPlanMidMonthProratesBothPlansAndNoChangeMayReachIntoAnInvoicedPeriod() {
        UUID tenant = tenant("Grower", "standard");
        var changes = new org.hearth.tenants.billing.plans.PlanChanges(db, PlanDocument.shipped(), DECEMBER_2);

        var assignments = changes.change(operator, tenant, "enterprise", LocalDate.of(2026, 11, 16));

        assertThat(assignments).containsExactly(new PlanAssignment("standard", LocalDate.of(2026, 10, 15)),
                new PlanAssignment("enterprise", LocalDate.of(2026, 11, 16)));
        Invoice invoice = invoicing.invoices().get(TenantsDatabase.scope(tenant), invoicing.close().close(operator, NOVEMBER).issued().getFirst());
        // 15 of November's 30 days on each: 49.00 / 2 and 499.00 / 2.
        assertThat(invoice.lines()).filteredOn(l -> l.componentCode().equals("subscription"))
                .extracting(l -> l.planCode() + " " + l.amount().amount().toPlainString()).containsExactly("standard 24.50", "enterprise 249.50");
        var draft = new Rater(PlanDocument.shipped(), Invoicing.DEFAULT_VAT).rate(new RatingRequest(assignments, BillingPeriod.month(NOVEMBER),
                List.of(), List.of(), Customer.business("FR", null)));
        assertThat(invoice.lines()).extracting(Invoice.Line::amount).containsExactlyElementsOf(draft.lines().stream().map(l -> l.amount()).toList());
        assertThat(invoice.total()).isEqualTo(draft.total());

        assertThatThrownBy(() -> changes.change(operator, tenant, "sandbox", LocalDate.of(2026, 11, 30)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThatThrownBy(() -> changes.change(operator, tenant, "premium", LocalDate.of(2026, 12, 1)))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_RULE));
        assertThat(changes.change(operator, tenant, "sandbox", LocalDate.of(2026, 12, 1))).hasSize(3);
        String current = db.read(TenantsDatabase.scope(tenant), "test.plan", tx -> tx.select(TENANTS_.PLAN).from(TENANTS_)
                .where(TENANTS_.ID.eq(tenant)).fetchSingle().value1());
        assertThat(current).isEqualTo("sandbox");
    }

    private UUID tenant(String name, String plan) {
        UUID id = clients.createTenantWithClient(name, "company").tenantId();
        db.system(CallContext.system("test.tenant"), tx -> tx.update(TENANTS_).set(TENANTS_.PLAN, plan)
                .set(TENANTS_.CREATED_AT, OffsetDateTime.parse("2026-10-15T09:00:00Z").plusMinutes(registered++)).where(TENANTS_.ID.eq(id)).execute());
        return id;
    }

    private void usage(UUID tenant, UUID agreement, Metric metric, String hour, String quantity) {
        db.system(CallContext.system("test.usage"), tx -> tx.insertInto(USAGE).set(USAGE.TENANT_ID, tenant).set(USAGE.METRIC, metric.code())
                .set(USAGE.AGREEMENT_ID, agreement).set(USAGE.HOUR, OffsetDateTime.parse(hour)).set(USAGE.QUANTITY, new BigDecimal(quantity)).execute());
    }

    private void transaction(UUID tenant, UUID agreement, String value, String at, String reference) {
        db.system(CallContext.system("test.transaction"), tx -> tx.insertInto(DECLARED_TRANSACTIONS).set(DECLARED_TRANSACTIONS.ID, Ids.newId())
                .set(DECLARED_TRANSACTIONS.TENANT_ID, tenant).set(DECLARED_TRANSACTIONS.AGREEMENT_ID, agreement)
                .set(DECLARED_TRANSACTIONS.VALUE, new BigDecimal(value)).set(DECLARED_TRANSACTIONS.CURRENCY, "EUR")
                .set(DECLARED_TRANSACTIONS.EXTERNAL_REFERENCE, reference).set(DECLARED_TRANSACTIONS.DECLARED_AT, OffsetDateTime.parse(at))
                // As metering stores them: the keyed hashes of the request's Idempotency-Key and body (any distinct bytes here).
                .set(DECLARED_TRANSACTIONS.IDEMPOTENCY_KEY_HASH, reference.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .set(DECLARED_TRANSACTIONS.REQUEST_DIGEST, new byte[32]).execute());
    }

    private static List<JsonObject> events(String type) {
        return TestDatabase.get().db().read("test.events", dsl -> dsl.select(OUTBOX_EVENTS.PAYLOAD).from(OUTBOX_EVENTS)
                .where(OUTBOX_EVENTS.EVENT_TYPE.eq(type)).orderBy(OUTBOX_EVENTS.ID).fetch(r -> new JsonObject(r.value1().data())));
    }
}
