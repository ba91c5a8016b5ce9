package org.hearth.governance.ledger;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;

/** The ledger's JSON: amounts as decimal strings (never floating point), dates as ISO dates. */
public final class LedgerJson {

    private LedgerJson() {
    }

    public static String amount(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    public static JsonObject entry(Entry e) {
        JsonArray lines = new JsonArray();
        e.lines().forEach(l -> lines.add(new JsonObject().put("account", l.account())
                .put("debit", amount(l.debit())).put("credit", amount(l.credit()))));
        return new JsonObject().put("id", e.id().toString()).put("seq", e.seq()).put("date", e.entryDate().toString())
                .put("documentDate", e.documentDate().toString()).put("yearId", e.yearId().toString()).put("kind", e.kind().code())
                .put("description", e.description()).put("justification", e.justification()).put("author", e.author())
                .put("currency", e.currency()).put("reverses", e.reverses() == null ? null : e.reverses().toString())
                .put("postedAt", e.postedAt().toString()).put("lines", lines);
    }

    public static JsonObject account(Account a) {
        return new JsonObject().put("code", a.code()).put("name", a.name()).put("type", a.type().code()).put("role", a.role())
                .put("seeded", a.seeded());
    }

    public static JsonObject year(FinancialYear y) {
        return new JsonObject().put("id", y.id().toString()).put("startsOn", y.startsOn().toString()).put("endsOn", y.endsOn().toString())
                .put("status", y.open() ? "open" : "closed").put("surplus", amount(y.surplus()))
                .put("annualReportResolutionId", y.annualReportResolution() == null ? null : y.annualReportResolution().toString());
    }

    /** An entry kind by its code; 400 when it names none (whether it may be posted by hand is the ledger's rule). */
    public static EntryKind kind(String code) {
        return EntryKind.fromCode(code).orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED,
                "kind must be one of " + EntryKind.manualCodes() + "; dividends, interest, asset transfers and allocations have their own operations."));
    }

    /** An optional ISO date parameter; 400 when present and not a date. */
    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, name + " must be a date such as 2026-04-01.");
        }
    }

    /** A required decimal (a rate or an index value), as a string such as {@code "0.035"}; 400 otherwise. */
    public static java.math.BigDecimal decimal(String value, String name) {
        java.math.BigDecimal decimal;
        try {
            decimal = new java.math.BigDecimal(value == null || value.length() > 40 ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, name + " is a decimal string such as \"0.035\".");
        }
        // What the schema's NUMERIC(19,6) holds; beyond it the database would refuse the write.
        if (decimal.signum() < 0 || (long) decimal.precision() - decimal.scale() > 12 || decimal.stripTrailingZeros().scale() > 6) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, name + " is a decimal of at least zero, at most 12 digits before the point and 6 after.");
        }
        return decimal;
    }

    public static LocalDate requiredDate(String value, String name) {
        LocalDate date = date(value, name);
        if (date == null) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, name + " is required (a date such as 2026-04-01).");
        }
        return date;
    }
}
