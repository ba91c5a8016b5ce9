/** The operator's overview: counts that show the service is alive, with no personal data in them. */
package org.hearth.reporting.overview;
