package org.hearth.governance.billing;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Decodes an outbox payload into a {@link BillingEvent} by its type name, checking every field
 * it books: a payload that lacks one, or holds one that is not what tenants' event says, is
 * {@link Malformed} (the poster records it as rejected and moves on).
 */
final class BillingEventJson {

    /** Why a payload cannot be read; the message names the field, never its value. */
    static final class Malformed extends IllegalArgumentException {
        Malformed(String message) {
            super(message);
        }
    }

    private BillingEventJson() {
    }

    static BillingEvent decode(String type, String payloadJson) {
        JsonObject p;
        try {
            p = new JsonObject(payloadJson);
        } catch (DecodeException | ClassCastException e) {
            throw new Malformed("the payload is not a JSON object");
        }
        return switch (type) {
            case BillingEvent.INVOICE_ISSUED -> new BillingEvent.InvoiceIssued(id(p, "invoiceId"), id(p, "tenantId"), text(p, "number"),
                    date(p, "issueDate"), date(p, "dueDate"), currency(p), signed(p, "subscriptions"), signed(p, "usageFees"),
                    signed(p, "commissions"), amount(p, "vat"), amount(p, "total"));
            case BillingEvent.PAYMENT_RECORDED -> new BillingEvent.PaymentRecorded(id(p, "paymentId"), id(p, "invoiceId"), id(p, "tenantId"),
                    date(p, "paidOn"), currency(p), amount(p, "amount"));
            case BillingEvent.CREDIT_NOTE_ISSUED -> new BillingEvent.CreditNoteIssued(id(p, "creditNoteId"), id(p, "invoiceId"),
                    id(p, "tenantId"), text(p, "number"), date(p, "issueDate"), currency(p), signed(p, "subscriptions"),
                    signed(p, "usageFees"), signed(p, "commissions"), amount(p, "vat"), amount(p, "total"));
            case BillingEvent.PILOT_FUNDING_RECEIVED -> new BillingEvent.PilotFundingReceived(id(p, "pilotId"), id(p, "tenantId"),
                    date(p, "receivedOn"), currency(p), amount(p, "amount"), text(p, "reference"));
            default -> throw new IllegalArgumentException("not a billing event type: " + type);
        };
    }

    private static Object required(JsonObject p, String field) {
        Object value = p.getValue(field);
        if (value == null) {
            throw new Malformed(field + " is missing");
        }
        return value;
    }

    private static UUID id(JsonObject p, String field) {
        String value = required(p, field).toString();
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new Malformed(field + " is not a UUID");
        }
    }

    private static String text(JsonObject p, String field) {
        String value = required(p, field).toString();
        if (value.isBlank() || value.length() > 200) {
            throw new Malformed(field + " is blank or longer than 200 characters");
        }
        return value;
    }

    private static LocalDate date(JsonObject p, String field) {
        try {
            return LocalDate.parse(required(p, field).toString());
        } catch (DateTimeParseException e) {
            throw new Malformed(field + " is not an ISO date");
        }
    }

    private static String currency(JsonObject p) {
        String value = required(p, "currency").toString();
        if (!value.matches("[A-Z]{3}")) {
            throw new Malformed("currency is not an ISO 4217 code");
        }
        return value;
    }

    /** A non-negative decimal (the codec writes amounts as plain strings). */
    private static BigDecimal amount(JsonObject p, String field) {
        BigDecimal amount = signed(p, field);
        if (amount.signum() < 0) {
            throw new Malformed(field + " is negative");
        }
        return amount;
    }

    /**
     * A decimal that may be negative: an invoice's or credit note's revenue by source, which a
     * closing invoice deducting its period's interim invoices (and a credit note of its deduction
     * lines with others) can bring below zero for one source.
     */
    private static BigDecimal signed(JsonObject p, String field) {
        Object value = required(p, field);
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw new Malformed(field + " is not a decimal amount");
        }
        String text = value.toString();
        BigDecimal amount;
        try {
            amount = text.length() > 64 ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Malformed(field + " is not a decimal amount");
        }
        // Bounded before anything scales it: "1e999999999" is a valid decimal nobody can print.
        if (amount == null || amount.scale() < -15 || amount.scale() > 20 || (long) amount.precision() - amount.scale() > 15) {
            throw new Malformed(field + " is not an amount of at most 15 digits before the decimal point");
        }
        return amount;
    }
}
