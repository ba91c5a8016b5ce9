/**
 * Pilots' cohorts ({@code PilotCohorts}): the participants of an aggregate-only data request with
 * their records, read in one cursor and decrypted inside the platform ({@code CohortService}), and
 * the bulk inclusion entries of their access logs. {@code CohortRepository} is the only jOOQ.
 */
package org.hearth.datastore.cohorts;
