package org.hearth.kernel.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, held at the currency's minor unit (two decimals for GBP and EUR).
 *
 * <p>Amounts are exact: constructing one with more decimals than the currency has is an error,
 * not a silent rounding, because an amount that was rounded on the way in no longer matches the
 * document it came from. Arithmetic between two currencies is an error too. Only {@link
 * #times} rounds, and it says how.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * The most digits before the decimal point an amount read from text may have: a thousand
     * million million, far above any real figure, and far enough below the ledger's
     * {@code NUMERIC(19,2)} that sums of many such amounts still fit.
     */
    public static final int MAX_INTEGER_DIGITS = 15;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** {@code amount} (a plain decimal such as {@code "1250.00"}) in the currency with this ISO code. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parse(amount), Currency.getInstance(currencyCode));
    }

    /** {@code amount} in {@code currency}. */
    public static Money of(String amount, Currency currency) {
        return new Money(parse(amount), currency);
    }

    /** Text to a decimal, refusing more than {@link #MAX_INTEGER_DIGITS} whole digits before any scaling is attempted. */
    private static BigDecimal parse(String amount) {
        if (amount.length() > 64) {
            throw new IllegalArgumentException("an amount is at most 64 characters");
        }
        BigDecimal value = new BigDecimal(amount);
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("an amount has at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        return value;
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount times {@code factor}, rounded to the minor unit with {@code rounding}. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        return new Money(amount.multiply(factor).setScale(digits, rounding), currency);
    }

    /** The larger of this and {@code other}. */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The smaller of this and {@code other}. */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
        return other;
    }

    /** For example {@code GBP 1250.00}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
