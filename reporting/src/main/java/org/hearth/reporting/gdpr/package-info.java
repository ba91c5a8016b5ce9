/**
 * GDPR evidence produced from live data: the Article 30 record of processing activities (the
 * operator as controller and as processor for each tenant's data requests) for operators, and
 * the Article 15 access report an individual reads about themselves. Neither is cached or logged.
 */
package org.hearth.reporting.gdpr;
