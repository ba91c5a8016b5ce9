package org.hearth.web.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The filters of a listing of the audit trail, newest first: by actor id, tenant id, operation,
 * a time range ({@code from} inclusive, {@code to} exclusive), at most {@code limit} rows, older
 * than the row {@code before} (the cursor the previous page gave).
 */
public record AuditQuery(Optional<UUID> actor, Optional<UUID> tenant, Optional<String> operation, Optional<Instant> from,
                         Optional<Instant> to, int limit, Optional<Long> before) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    private static final Pattern OPERATION = Pattern.compile("[A-Za-z][A-Za-z0-9._:-]{0,79}");

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw invalid("from must be before to.");
        }
    }

    /** The filters read from named text parameters (a query string, a form): 400 naming the first bad one. */
    public static AuditQuery parse(Function<String, String> parameter) {
        return new AuditQuery(uuid(parameter, "actor"), uuid(parameter, "tenant"), operation(parameter), instant(parameter, "from"),
                instant(parameter, "to"), limit(parameter), before(parameter));
    }

    private static Optional<String> text(Function<String, String> parameter, String name) {
        return Optional.ofNullable(parameter.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<UUID> uuid(Function<String, String> parameter, String name) {
        return text(parameter, name).map(v -> {
            try {
                UUID id = UUID.fromString(v);
                if (!id.toString().equalsIgnoreCase(v)) {
                    throw new IllegalArgumentException(v);
                }
                return id;
            } catch (IllegalArgumentException e) {
                throw invalid(name + " must be an id (a UUID).");
            }
        });
    }

    private static Optional<String> operation(Function<String, String> parameter) {
        return text(parameter, "operation").map(v -> {
            if (!OPERATION.matcher(v).matches()) {
                throw invalid("operation must be an operation id such as createRecord or page.agreements.revoke.");
            }
            return v;
        });
    }

    private static Optional<Instant> instant(Function<String, String> parameter, String name) {
        return text(parameter, name).map(v -> {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e) {
                throw invalid(name + " must be an instant such as 2026-12-01T09:30:00Z.");
            }
        });
    }

    private static int limit(Function<String, String> parameter) {
        return text(parameter, "limit").map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw invalid("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
            }
        }).orElse(DEFAULT_LIMIT);
    }

    private static Optional<Long> before(Function<String, String> parameter) {
        return text(parameter, "before").map(v -> {
            try {
                long id = Long.parseLong(v);
                if (id < 1) {
                    throw new NumberFormatException(v);
                }
                return id;
            } catch (NumberFormatException e) {
                throw invalid("before must be the id of an audit entry (a positive whole number).");
            }
        });
    }

    private static HearthException invalid(String detail) {
        return new HearthException(ErrorCode.VALIDATION_FAILED, detail);
    }
}
