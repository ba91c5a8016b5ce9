/**
 * What leaves the company, checked before it is booked: dividends against the CIC aggregate
 * cap, interest on shares against the SCIC cap, performance-related loan interest against the
 * CIC cap, and transfers of assets against the CIC asset lock. A refusal is a 422 problem with
 * the figures, and nothing is booked. Services take the caller's {@code CallContext}; their rows are
 * written by the package-private {@code DistributionRepository}; the JSON is {@code DistributionJson}'s.
 */
package org.hearth.governance.distributions;
