package org.hearth.tenants.billing.details;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.VatRates;
import org.hearth.web.pages.Messages;

/**
 * The organisation's billing details: read and replaced by its admins (members of other roles
 * and the organisation's OAuth clients get 403: what its invoices say is a person's decision),
 * each change audited. The next invoice is made out to them and charged VAT by them; issued
 * invoices keep the buyer they were issued to. Plain Java.
 */
public final class BillingDetailsService {

    /** Reads the VAT situation for the estimate, which has a tenant id but no request. */
    private static final Actor ESTIMATE = Actor.system("billing.estimate_customer");
    /** A tenant with no row to read is billed as one without details. */
    private static final Customer WITHOUT_DETAILS = new Customer("FR", true, Optional.empty());

    private final Db db;
    private final Clock clock;
    private final VatRates vatRates;
    private final BillingDetailsRepository repository = new BillingDetailsRepository();

    /** {@code vatRates}: those the invoices charge; a country they have no rate for is refused where it would need one. */
    public BillingDetailsService(Db db, Clock clock, VatRates vatRates) {
        this.db = db;
        this.clock = clock;
        this.vatRates = vatRates;
    }

    /** The details, or empty when they were never set; 403 unless {@code caller} is an admin. */
    public Optional<BillingDetails> details(Actor caller, TenantScope scope) {
        requireAdmin(caller);
        return db.read(scope, "billing_details.get", tx -> repository.find(tx, scope.tenantId()));
    }

    /**
     * Replaces the details with {@code entered}: 403 unless {@code ctx}'s actor is an admin, 422
     * {@code invoice_rule} naming the first failing field ({@code field}) otherwise; nothing is
     * stored unless every field is right.
     */
    public BillingDetails replace(CallContext ctx, TenantScope scope, BillingDetailsRules.Entered entered) {
        requireAdmin(ctx.actor());
        BillingDetailsRules.Checked checked = BillingDetailsRules.check(entered, vatRates);
        if (checked.details().isEmpty()) {
            BillingDetailsRules.FieldError first = checked.errors().getFirst();
            Messages en = Messages.of("en");
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("field", first.field());
            extensions.put("fields", checked.errors().stream().map(BillingDetailsRules.FieldError::field).toList());
            throw new HearthException(ErrorCode.INVOICE_RULE, first.field() + ": " + en.t(first.key(), first.args().toArray())
                    + " Nothing was changed.", extensions);
        }
        BillingDetails details = checked.details().get();
        boolean saved = db.write(ctx, scope, tx -> repository.save(tx, scope.tenantId(), details, OffsetDateTime.now(clock)));
        if (!saved) {
            throw new HearthException(ErrorCode.NOT_FOUND, "This organisation no longer exists.");
        }
        return details;
    }

    /** The VAT situation the next invoice, and so the estimate, charges {@code tenantId} for. */
    public Customer customer(UUID tenantId) {
        TenantScope scope = TenantGuard.forJob(ESTIMATE, tenantId);
        return db.read(scope, "billing_details.customer", tx -> repository.customer(tx, tenantId)).orElse(WITHOUT_DETAILS);
    }

    /** The rules this service checks with, for a form to show every field's error at once. */
    public BillingDetailsRules.Checked check(BillingDetailsRules.Entered entered) {
        return BillingDetailsRules.check(entered, vatRates);
    }

    /** Whether the member may change the details (the console shows the form only to them). */
    public static boolean mayChange(Actor caller) {
        return caller.hasRole("admin");
    }

    private static void requireAdmin(Actor caller) {
        if (!mayChange(caller)) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Only an admin of the organisation can see or change its billing details.");
        }
    }
}
