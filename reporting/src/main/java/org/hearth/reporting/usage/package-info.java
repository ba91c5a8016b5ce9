/**
 * The platform's usage per day, rolled up from billing's hourly metering so that reports over
 * months and years stay fast as the service grows (issue 12's performance goal): a worker that
 * folds ended hours into {@code reporting.usage_by_day}, and {@link org.hearth.reporting.usage.UsageByDay},
 * which answers for any range of days from the roll-up plus the hours it has not reached yet.
 */
package org.hearth.reporting.usage;
