package org.hearth.tenants.billing.documents;

import java.util.List;

/**
 * What Mustang's validator said of a document: valid or not, and each error (a rule such as
 * {@code BR-CO-15} or a PDF/A clause, and its message). {@code report} is the validator's own
 * XML report, for a log or an operator.
 */
public record Validation(boolean valid, List<Problem> errors, String report) {

    /** One error: where it was found ({@code pdf} or {@code xml}), its rule or criterion, and the message. */
    public record Problem(String part, String rule, String message) {
    }

    public Validation {
        errors = List.copyOf(errors);
    }
}
