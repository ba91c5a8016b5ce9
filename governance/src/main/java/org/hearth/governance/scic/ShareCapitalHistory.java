package org.hearth.governance.scic;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hearth.kernel.money.Money;

/**
 * The share capital through time, as the ledger booked it up to a date: the net movement of each
 * day (subscriptions up, withdrawals and reductions down). The capital starts at zero.
 *
 * <p>Balances are read at the end of each day, the way the ledger dates every figure: entries
 * booked on one day have no economic order between them, so a mistaken entry reversed the same
 * day never raises the high-water mark, while one reversed on a later day does (rounding towards
 * more reserve, never less).
 *
 * @param currency the ledger's currency
 * @param dailyMovements net change of the capital's balance on each day that moved it
 */
public record ShareCapitalHistory(Currency currency, SortedMap<LocalDate, Money> dailyMovements) {

    public ShareCapitalHistory {
        Objects.requireNonNull(currency, "currency");
        SortedMap<LocalDate, Money> copy = new TreeMap<>();
        for (Map.Entry<LocalDate, Money> day : dailyMovements.entrySet()) {
            Money change = Objects.requireNonNull(day.getValue(), "movement");
            if (!change.currency().equals(currency)) {
                throw new IllegalArgumentException("capital moves in " + currency + ", not " + change);
            }
            copy.merge(Objects.requireNonNull(day.getKey(), "date"), change, Money::plus);
        }
        dailyMovements = Collections.unmodifiableSortedMap(copy);
    }

    /** A capital that never moved: zero throughout. */
    public static ShareCapitalHistory none(Currency currency) {
        return new ShareCapitalHistory(currency, new TreeMap<>());
    }

    /** The history with one more movement on {@code date} (added to that day's others). */
    public ShareCapitalHistory with(LocalDate date, Money change) {
        SortedMap<LocalDate, Money> more = new TreeMap<>(dailyMovements);
        more.merge(date, change, Money::plus);
        return new ShareCapitalHistory(currency, more);
    }

    /** The balance at the end of the history. */
    public Money current() {
        Money balance = Money.zero(currency);
        for (Money change : dailyMovements.values()) {
            balance = balance.plus(change);
        }
        return balance;
    }

    /** The highest end-of-day balance ever reached; zero when the capital never rose above it. */
    public Money highWaterMark() {
        Money balance = Money.zero(currency);
        Money highest = balance;
        for (Money change : dailyMovements.values()) {
            balance = balance.plus(change);
            highest = highest.max(balance);
        }
        return highest;
    }
}
