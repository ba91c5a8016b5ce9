/** Notices to individuals (e.g. a breach notice, GDPR art. 34), shown on their dashboard. */
package org.hearth.datastore.notices;
