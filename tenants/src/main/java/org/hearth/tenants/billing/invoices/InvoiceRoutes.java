package org.hearth.tenants.billing.invoices;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** Invoices for tenants; period close, every invoice and payments for operators. */
final class InvoiceRoutes implements ApiRoutes {

    private final PeriodClose close;
    private final InterimInvoices interims;
    private final InvoiceService invoices;
    private final CreditNotes creditNotes;
    private final TenantCalls tenants;

    InvoiceRoutes(PeriodClose close, InterimInvoices interims, InvoiceService invoices, CreditNotes creditNotes, TenantCalls tenants) {
        this.close = close;
        this.interims = interims;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listTenantInvoices", tenants.guarded(rc -> Api.json(rc, 200, InvoiceJson.items(invoices.list(Calls.tenant(rc)), false))))
                .handle("getTenantInvoice", tenants.guarded(this::invoice))
                .handle("getTenantCreditNote", tenants.guarded(this::creditNote))
                .handle("closeBillingPeriod", this::close)
                .handle("issueInterimInvoices", this::interims)
                .handle("listInvoices", rc -> Api.json(rc, 200, InvoiceJson.items(invoices.all(Calls.context(rc), status(rc)), true)))
                .handle("recordInvoicePayment", this::pay)
                .handle("issueCreditNote", this::credit);
    }

    /** {@code {id}} as JSON, {@code {id}.pdf} or {@code {id}.xml} as a document. */
    private void invoice(RoutingContext rc) {
        String path = rc.pathParam("id");
        if (path.endsWith(".pdf")) {
            UUID id = parse(path.substring(0, path.length() - 4));
            send(rc, "application/pdf", id, ".pdf", invoices.pdf(Calls.tenant(rc), id, org.hearth.web.pages.Messages.forRequest(rc).language()));
        } else if (path.endsWith(".xml")) {
            UUID id = parse(path.substring(0, path.length() - 4));
            send(rc, "application/xml", id, ".xml", invoices.xml(Calls.tenant(rc), id));
        } else {
            Api.json(rc, 200, InvoiceJson.invoice(invoices.get(Calls.tenant(rc), parse(path))));
        }
    }

    /** {@code {id}.pdf} or {@code {id}.xml}: a credit note's documents. */
    private void creditNote(RoutingContext rc) {
        String path = rc.pathParam("id");
        if (path.endsWith(".pdf")) {
            UUID id = parseNote(path.substring(0, path.length() - 4));
            send(rc, "application/pdf", id, ".pdf", creditNotes.pdf(Calls.tenant(rc), id, org.hearth.web.pages.Messages.forRequest(rc).language()));
        } else if (path.endsWith(".xml")) {
            UUID id = parseNote(path.substring(0, path.length() - 4));
            send(rc, "application/xml", id, ".xml", creditNotes.xml(Calls.tenant(rc), id));
        } else {
            throw new HearthException(ErrorCode.NOT_FOUND, "A credit note is read as {id}.pdf or {id}.xml.");
        }
    }

    private static UUID parseNote(String text) {
        UUID id = Ids.parseOrNull(text);
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no credit note with this id.");
        }
        return id;
    }

    private void close(RoutingContext rc) {
        YearMonth month;
        try {
            month = YearMonth.parse(rc.pathParam("period"));
        } catch (DateTimeParseException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The period is a month written YYYY-MM.");
        }
        PeriodClose.Closed closed = close.close(Calls.context(rc), month);
        Api.json(rc, 200, new JsonObject().put("period", closed.month().toString()).put("issued", closed.issued().size())
                .put("invoices", new io.vertx.core.json.JsonArray(closed.issued().stream().map(UUID::toString).toList()))
                .put("refused", new io.vertx.core.json.JsonArray(closed.refused().stream()
                        .map(r -> new JsonObject().put("tenantId", r.tenantId().toString()).put("reason", r.reason())).toList())));
    }

    private void interims(RoutingContext rc) {
        InterimInvoices.Run run = interims.run(Calls.context(rc));
        Api.json(rc, 200, new JsonObject().put("period", run.month().toString()).put("issued", run.issued().size())
                .put("invoices", new io.vertx.core.json.JsonArray(run.issued().stream().map(UUID::toString).toList())));
    }

    private void pay(RoutingContext rc) {
        JsonObject body = Api.body(rc);
        BigDecimal amount;
        LocalDate paidOn;
        try {
            amount = new BigDecimal(body.getString("amount"));
            paidOn = LocalDate.parse(body.getString("paidOn"));
        } catch (NumberFormatException | DateTimeParseException | ClassCastException | NullPointerException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "amount is a decimal string and paidOn a date (YYYY-MM-DD).");
        }
        InvoiceService.Payment payment = invoices.recordPayment(Calls.context(rc), id(rc), amount, body.getString("currency"), paidOn);
        Api.json(rc, 201, new JsonObject().put("paymentId", payment.id().toString()).put("invoice", InvoiceJson.invoice(payment.invoice())));
    }

    private void credit(RoutingContext rc) {
        JsonObject body = Api.optionalBody(rc);
        Optional<java.util.List<Integer>> lines;
        try {
            lines = body.containsKey("lines")
                    ? Optional.of(body.getJsonArray("lines").stream().map(n -> ((Number) n).intValue()).toList()) : Optional.empty();
        } catch (ClassCastException | NullPointerException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "lines is a list of line positions.");
        }
        CreditNotes.Issued note = creditNotes.issue(Calls.context(rc), id(rc), lines);
        Api.json(rc, 201, new JsonObject().put("creditNoteId", note.id().toString()).put("number", note.number())
                .put("total", note.total().toPlainString()).put("invoice", InvoiceJson.invoice(note.invoice())));
    }

    private static void send(RoutingContext rc, String type, UUID id, String extension, byte[] document) {
        rc.response().putHeader("Content-Type", type)
                .putHeader("Content-Disposition", "attachment; filename=\"invoice-" + id + extension + "\"")
                .end(io.vertx.core.buffer.Buffer.buffer(document));
    }

    private static Optional<InvoiceStatus> status(RoutingContext rc) {
        String status = rc.queryParams().get("status");
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(InvoiceStatus.fromCode(status).orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED,
                "status is one of issued, partially_paid, paid, credited, overdue.")));
    }

    private static UUID id(RoutingContext rc) {
        return parse(rc.pathParam("id"));
    }

    private static UUID parse(String text) {
        UUID id = Ids.parseOrNull(text);
        if (id == null) {
            throw InvoiceService.notFound();
        }
        return id;
    }
}
