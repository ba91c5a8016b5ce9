package org.hearth.web.problem;

import java.sql.SQLException;
import java.util.Optional;
import org.hearth.kernel.error.ErrorCode;

/**
 * The backstop behind the checks at the edge: when PostgreSQL itself refuses a value (SQLSTATE
 * class 22, "data exception": a NUL in text, a number out of range, a string too long, a date it
 * cannot read) or a unique constraint (23505), the transaction has rolled back and nothing
 * changed, so the caller gets a 4xx problem rather than a 500. Any other database error is still
 * a 500 and logged as one.
 */
final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    static Optional<ErrorCode> of(Throwable failure) {
        return sqlState(failure).flatMap(state -> {
            if (state.startsWith("22")) {
                return Optional.of(ErrorCode.BAD_REQUEST);
            }
            if (state.equals("23505")) {
                return Optional.of(ErrorCode.CONFLICT);
            }
            return Optional.empty();
        });
    }

    /** The SQLSTATE of the first SQLException in the cause chain. */
    static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
