package org.hearth.tenants.billing.invoices;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /staff/billing}: for operators, closing a month, the organisations that owe something
 * (largest balance first, with their overdue invoices), every invoice (or those in one status)
 * with its balance, recording a payment and crediting an invoice's remaining lines.
 */
public final class BillingPages {

    static final String PATH = "/staff/billing";
    private static final Templates TEMPLATES = Templates.precompiled(BillingPages.class, "org.hearth.tenants.console.jte");

    private final Security security;
    private final Frames frames;
    private final PeriodClose close;
    private final InvoiceService invoices;
    private final CreditNotes creditNotes;

    public BillingPages(Security security, Invoicing invoicing) {
        this.security = security;
        this.frames = new Frames(security);
        this.close = invoicing.close();
        this.invoices = invoicing.invoices();
        this.creditNotes = invoicing.creditNotes();
    }

    /** One invoice as the page shows it. */
    public record Row(String id, String number, String kind, String tenant, String status, String total, String amountDue, String currency, boolean open) {
    }

    /** One tenant's outstanding balance as the page shows it. */
    public record Owed(String tenant, String due, int open, int overdue, String oldestDue) {
    }

    /** {@code billing.jte}'s model. */
    public record Page(Messages m, String csrf, String error, String notice, String lastMonth, String today, String filter, List<Row> invoices,
                       List<Owed> outstanding) {
    }

    public void mount(Router router) {
        var guard = security.pageGuard(Access.OPERATOR);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get(PATH).handler(guard).handler(rc -> page(rc, null, null));
        router.post(PATH + "/close").handler(forms).handler(guard).handler(rc -> change(rc, () -> {
            YearMonth month = month(rc.request().getFormAttribute("period"));
            PeriodClose.Closed closed = close.close(Calls.context(rc, "page.billing.close"), month);
            Messages m = Messages.forRequest(rc);
            String notice = m.t("staff.billing.closed", month.toString(), closed.issued().size());
            return closed.refused().isEmpty() ? notice : notice + " " + m.t("staff.billing.closeRefused", closed.refused().size(),
                    String.join("; ", closed.refused().stream().map(PeriodClose.Refused::reason).toList()));
        }));
        router.post(PATH + "/invoices/:id/payments").handler(forms).handler(guard).handler(rc -> change(rc, () -> {
            var f = rc.request().formAttributes();
            var paid = invoices.recordPayment(Calls.context(rc, "page.billing.payment"), id(rc), amount(f.get("amount")), f.get("currency"),
                    date(f.get("paidOn")));
            return Messages.forRequest(rc).t("staff.billing.paid", paid.invoice().number());
        }));
        router.post(PATH + "/invoices/:id/credit-notes").handler(forms).handler(guard).handler(rc -> change(rc, () -> {
            var note = creditNotes.issue(Calls.context(rc, "page.billing.credit"), id(rc), Optional.empty());
            return Messages.forRequest(rc).t("staff.billing.credited", note.number(), note.invoice().number());
        }));
    }

    private interface Change {
        String run();
    }

    /** Runs a change and shows the page with what it did, or with why it was refused (and the refusal's status). */
    private void change(RoutingContext rc, Change action) {
        try {
            String notice = action.run();
            page(rc, null, notice);
        } catch (HearthException e) {
            if (e.code().status() == 401 || e.code().status() == 403) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            page(rc, e.detail(), null);
        }
    }

    private void page(RoutingContext rc, String error, String notice) {
        Messages m = Messages.forRequest(rc);
        String filter = rc.queryParams().get("status");
        Optional<InvoiceStatus> status = filter == null ? Optional.empty() : InvoiceStatus.fromCode(filter);
        InvoiceService.OperatorView view = invoices.operatorView(Calls.context(rc, "page.billing.view"), status);
        List<Row> rows = view.invoices().stream().map(i -> new Row(i.id().toString(), i.number(),
                m.t("billing.invoice.kind." + i.kind().code()), view.tenantNames().getOrDefault(i.tenantId(), m.t("staff.billing.unknownTenant")),
                m.t("billing.status." + i.status().code()), m.money(i.total()), m.money(i.amountDue()),
                i.total().currency().getCurrencyCode(), i.amountDue().isPositive())).toList();
        List<Owed> owed = view.outstanding().stream().map(o -> new Owed(o.tenantName(), m.money(o.due()), o.openInvoices(), o.overdueInvoices(),
                m.date(o.oldestDue()))).toList();
        LocalDate today = LocalDate.now();
        Layout.send(rc, frames.of(rc, m, m.t("nav.billing")), TEMPLATES.render("billing.jte", new Page(m, frames.csrf(rc), error, notice,
                YearMonth.from(today).minusMonths(1).toString(), today.toString(), status.map(InvoiceStatus::code).orElse(""), rows, owed)));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The period is a month written YYYY-MM.");
        }
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The amount is a decimal number such as 120.00.");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The date is written YYYY-MM-DD.");
        }
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw InvoiceService.notFound();
        }
        return id;
    }
}
