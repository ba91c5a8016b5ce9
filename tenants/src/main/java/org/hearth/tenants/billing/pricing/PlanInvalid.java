package org.hearth.tenants.billing.pricing;

/**
 * A plans document that cannot be priced from. {@code field} points at the offending value
 * ({@code plans[1].versions[0].components[2].tiers[1].up_to}), {@code reason} says what is wrong
 * with it, in words an operator fixing the document understands.
 */
public final class PlanInvalid extends RuntimeException {

    private final String field;
    private final String reason;

    public PlanInvalid(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
