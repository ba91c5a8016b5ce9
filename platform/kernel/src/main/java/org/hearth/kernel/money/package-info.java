/** Amounts of money: a {@link java.math.BigDecimal} with its currency, never a double. */
package org.hearth.kernel.money;
