/**
 * The breach register (GDPR art. 33 and 34): operators record personal-data breaches, see the
 * 72-hour deadline to notify the supervisory authority counted from awareness, record the
 * notification (or the documented reason not to notify), and send notices to the individuals
 * affected through datastore's {@code IndividualNotices}. Nothing is ever deleted.
 */
package org.hearth.reporting.breaches;
