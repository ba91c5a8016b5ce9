package org.hearth.tenants.billing.invoices;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.money.Money;

/** What one tenant owes in one currency: the sum due on its open invoices, how many are open and overdue, the oldest due date. */
public record OutstandingBalance(UUID tenantId, String tenantName, Money due, int openInvoices, int overdueInvoices, LocalDate oldestDue) {
}
