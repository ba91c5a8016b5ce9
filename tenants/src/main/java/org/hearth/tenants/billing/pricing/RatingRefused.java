package org.hearth.tenants.billing.pricing;

/**
 * Rating input that cannot be billed as given (usage outside the period, usage spanning a price
 * change, a transaction in another currency, a country with no VAT rate): nothing is rated.
 */
public final class RatingRefused extends RuntimeException {

    public RatingRefused(String message) {
        super(message);
    }
}
