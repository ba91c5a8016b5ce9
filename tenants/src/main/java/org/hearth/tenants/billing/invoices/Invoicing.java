package org.hearth.tenants.billing.invoices;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.Worker;
import org.hearth.tenants.billing.documents.Address;
import org.hearth.tenants.billing.documents.InvoiceDocuments;
import org.hearth.tenants.billing.documents.Seller;
import org.hearth.tenants.billing.plans.PlanChanges;
import org.hearth.tenants.billing.plans.PlanRoutes;
import org.hearth.tenants.billing.plans.PlanStore;
import org.hearth.tenants.billing.pricing.Rater;
import org.hearth.tenants.billing.pricing.VatRates;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.api.ApiRoutes;

/** Invoicing's parts, composed once: the period close, the invoices and their routes. */
public final class Invoicing {

    /** The operator is in France; the rates of the member states its tenants are in, in percent. */
    public static final VatRates DEFAULT_VAT = new VatRates("FR", Map.of("FR", new BigDecimal("20"), "DE", new BigDecimal("19"),
            "BE", new BigDecimal("21"), "ES", new BigDecimal("21"), "IT", new BigDecimal("22"), "NL", new BigDecimal("21")));
    /**
     * The operator as seller until its details come from configuration: the placeholders an
     * operator replaces (legal name, address, VAT and company numbers, bank account).
     */
    public static final Seller DEFAULT_SELLER = new Seller("Hearth Commons SCIC SAS", new Address("12 rue des Communs", "69002", "Lyon", "FR"),
            "FR40303265045", "303265045", "0002", "FR7630006000011234567890189", "AGRIFRPP", "billing@hearth.example");
    /** Days from issue to due date. */
    public static final int PAYMENT_DAYS = 30;

    private final PeriodClose close;
    private final InvoiceService invoices;
    private final CreditNotes creditNotes;
    private final PlanStore plans;
    private final PlanChanges planChanges;
    private final Clock clock;

    private Invoicing(PeriodClose close, InvoiceService invoices, CreditNotes creditNotes, PlanStore plans, PlanChanges planChanges,
                      Clock clock) {
        this.close = close;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.plans = plans;
        this.planChanges = planChanges;
        this.clock = clock;
    }

    public CreditNotes creditNotes() {
        return creditNotes;
    }

    /** Until metering provides agreement-days, they are the {@code active_agreement_days} usage rows. */
    public static Invoicing create(Db db, Clock clock) {
        InvoiceRepository repository = new InvoiceRepository();
        return create(db, clock, repository::agreementDaysFromUsage);
    }

    /** Agreement-days from datastore's agreements (grant to revocation or expiry), as metering's estimate counts them. */
    public static Invoicing create(Db db, Clock clock, org.hearth.datastore.TenantAgreements agreements) {
        return create(db, clock, new AgreementDaysFromAgreements(agreements));
    }

    /** As above, rating with {@code plans}, the module's one plan store. */
    public static Invoicing create(Db db, Clock clock, org.hearth.datastore.TenantAgreements agreements, PlanStore plans) {
        return create(db, clock, new AgreementDaysFromAgreements(agreements), DEFAULT_SELLER, plans);
    }

    public static Invoicing create(Db db, Clock clock, AgreementDays agreementDays) {
        return create(db, clock, agreementDays, DEFAULT_SELLER);
    }

    public static Invoicing create(Db db, Clock clock, AgreementDays agreementDays, Seller seller) {
        return create(db, clock, agreementDays, seller, new PlanStore(db, clock));
    }

    /** With the stored plans the module shares with metering: the close rates with them as they are at the close. */
    public static Invoicing create(Db db, Clock clock, AgreementDays agreementDays, Seller seller, PlanStore plans) {
        InvoiceRepository repository = new InvoiceRepository();
        Rater rater = new Rater(plans::catalogue, DEFAULT_VAT);
        InvoiceForms forms = new InvoiceForms(seller, new InvoiceDocuments("Hearth"), PAYMENT_DAYS);
        return new Invoicing(new PeriodClose(db, repository, agreementDays, rater, clock, PAYMENT_DAYS),
                new InvoiceService(db, repository, clock, forms), new CreditNotes(db, repository, new CreditNoteRepository(), clock, forms),
                plans, new PlanChanges(db, plans::catalogue, clock), clock);
    }

    /** The stored plans the close rates with. */
    public PlanStore plans() {
        return plans;
    }

    public PeriodClose close() {
        return close;
    }

    public InvoiceService invoices() {
        return invoices;
    }

    /** The worker that closes the previous month and marks overdue invoices. */
    public Worker worker(Duration idle) {
        return BillingWorker.create(close, invoices, planChanges, clock, idle);
    }

    /** The plans on offer, operators' new plans and price versions, and tenants' changes of plan. */
    public ApiRoutes planRoutes() {
        return new PlanRoutes(plans, planChanges);
    }

    public ApiRoutes routes(TenantCalls tenants) {
        return new InvoiceRoutes(close, invoices, creditNotes, tenants);
    }
}
