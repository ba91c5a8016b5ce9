/**
 * Reporting reads the other modules' schemas and publishes figures about the service; no other
 * module depends on it. {@link org.hearth.reporting.ReportingModule} is the API.
 */
package org.hearth.reporting;
