package org.hearth.governance.ledger;

import java.time.LocalDate;
import org.hearth.kernel.money.Money;

/**
 * What one account was debited and credited on one day, summed over that day's entries.
 *
 * @param date the entries' date
 * @param account the account's code
 * @param debit the day's debits to it
 * @param credit the day's credits to it
 */
public record DayTotal(LocalDate date, String account, Money debit, Money credit) {
}
