package org.hearth.tenants.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.hearth.tenants.billing.invoices.Invoice;
import org.hearth.tenants.billing.invoices.InvoiceService;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /console/invoices}: the organisation's invoices, newest first, each with its status,
 * total and amount due, and links to its Factur-X PDF and its EN 16931 XML (the API's own
 * addresses, which a console session may read).
 */
public final class InvoicePages {

    private final ConsoleContext kit;
    private final Security security;
    private final InvoiceService invoices;

    public InvoicePages(Security security, TenantCalls tenants, InvoiceService invoices) {
        this.kit = new ConsoleContext(security, tenants);
        this.security = security;
        this.invoices = invoices;
    }

    /** One invoice as the page shows it. */
    public record Row(String id, String number, String kind, String period, String issued, String due, String status, String total, String amountDue) {
    }

    /** The page's model. */
    public record Page(Messages m, List<Row> invoices) {
    }

    public void mount(Router router) {
        router.get("/console/invoices").handler(security.pageGuard(Access.TENANT)).handler(this::list);
    }

    private void list(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        List<Row> rows = invoices.list(kit.tenant(rc)).stream().map(i -> row(m, i)).toList();
        kit.send(rc, m, m.t("nav.console.invoices"), "invoices.jte", new Page(m, rows));
    }

    private static Row row(Messages m, Invoice i) {
        return new Row(i.id().toString(), i.number(), m.t("billing.invoice.kind." + i.kind().code()), m.t("billing.invoice.periodRange", m.date(i.periodStart()), m.date(i.periodEnd().minusDays(1))),
                m.date(i.issueDate()), m.date(i.dueDate()), m.t("billing.status." + i.status().code()), m.money(i.total()), m.money(i.amountDue()));
    }
}
