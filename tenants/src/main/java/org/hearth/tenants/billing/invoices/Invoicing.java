package org.hearth.tenants.billing.invoices;

import java.time.Clock;
import java.time.Duration;
import org.hearth.kernel.config.BillingConfig;
import org.hearth.kernel.config.ConfigException;
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

/** Invoicing's parts, composed once: the period close, interim invoices, the invoices, the plans and their routes. */
public final class Invoicing {

    /** The shipped VAT rates (configuration's defaults): the operator in France, the rates of the member states its tenants are in, in percent. */
    public static final VatRates DEFAULT_VAT = vatRates(BillingConfig.defaults());
    /** The shipped placeholder seller (configuration's defaults), which an operator replaces before issuing real invoices. */
    public static final Seller DEFAULT_SELLER = seller(BillingConfig.defaults().seller());
    /** Days from issue to due date. */
    public static final int PAYMENT_DAYS = 30;

    private final PeriodClose close;
    private final InterimInvoices interims;
    private final InvoiceService invoices;
    private final CreditNotes creditNotes;
    private final PlanStore plans;
    private final PlanChanges planChanges;
    private final Clock clock;

    private Invoicing(PeriodClose close, InterimInvoices interims, InvoiceService invoices, CreditNotes creditNotes, PlanStore plans,
                      PlanChanges planChanges, Clock clock) {
        this.close = close;
        this.interims = interims;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.plans = plans;
        this.planChanges = planChanges;
        this.clock = clock;
    }

    /** The configured seller as invoices name it. */
    public static Seller seller(BillingConfig.Seller s) {
        java.util.Optional<String> second = s.addressLines().size() > 1 ? java.util.Optional.of(s.addressLines().get(1)) : java.util.Optional.empty();
        return new Seller(s.legalName(), new Address(s.addressLines().getFirst(), s.postcode(), s.city(), s.country(), second), s.vatNumber(),
                s.registrationId(), s.registrationScheme(), s.iban(), s.bic(), s.email());
    }

    /** The configured VAT rates; a home country outside the EU is refused as configuration. */
    public static VatRates vatRates(BillingConfig config) {
        try {
            return new VatRates(config.vatHomeCountry(), config.vatRates());
        } catch (IllegalArgumentException | org.hearth.tenants.billing.pricing.RatingRefused e) {
            throw new ConfigException("HEARTH_VAT_HOME_COUNTRY / HEARTH_VAT_RATES: " + e.getMessage());
        }
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

    public static Invoicing create(Db db, Clock clock, AgreementDays agreementDays) {
        return create(db, clock, agreementDays, DEFAULT_SELLER);
    }

    public static Invoicing create(Db db, Clock clock, AgreementDays agreementDays, Seller seller) {
        return create(db, clock, agreementDays, seller, DEFAULT_VAT, new PlanStore(db, clock));
    }

    /** The shipped VAT rates, with the given plan store. */
    public static Invoicing create(Db db, Clock clock, AgreementDays agreementDays, Seller seller, PlanStore plans) {
        return create(db, clock, agreementDays, seller, DEFAULT_VAT, plans);
    }

    /** The module's composition: the configured seller and VAT rates, and the one plan store it shares with metering. */
    public static Invoicing create(Db db, Clock clock, org.hearth.datastore.TenantAgreements agreements, BillingConfig config, PlanStore plans) {
        return create(db, clock, new AgreementDaysFromAgreements(agreements), seller(config.seller()), vatRates(config), plans);
    }

    /** The close and the interim run rate with the stored plans as they are when each tenant is rated. */
    public static Invoicing create(Db db, Clock clock, AgreementDays agreementDays, Seller seller, VatRates vat, PlanStore plans) {
        InvoiceRepository repository = new InvoiceRepository();
        PeriodRating rating = new PeriodRating(repository, agreementDays, new Rater(plans::catalogue, vat));
        InvoiceForms forms = new InvoiceForms(seller, new InvoiceDocuments("Hearth"), PAYMENT_DAYS);
        PeriodClose close = new PeriodClose(db, repository, rating, clock, PAYMENT_DAYS);
        return new Invoicing(close, new InterimInvoices(db, repository, rating, close, plans::catalogue, clock),
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

    /** Threshold invoicing: the interim invoices due in the current month. */
    public InterimInvoices interims() {
        return interims;
    }

    public InvoiceService invoices() {
        return invoices;
    }

    /** The worker: the plan day, the previous month's close, the interim invoices due (hourly), overdue invoices. */
    public Worker worker(Duration idle) {
        return BillingWorker.create(close, interims, invoices, planChanges, clock, idle);
    }

    /** The plans on offer, operators' new plans and price versions, and tenants' changes of plan. */
    public ApiRoutes planRoutes() {
        return new PlanRoutes(plans, planChanges);
    }

    public ApiRoutes routes(TenantCalls tenants) {
        return new InvoiceRoutes(close, interims, invoices, creditNotes, tenants);
    }
}
