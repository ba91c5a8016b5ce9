/**
 * Data from everywhere: files a person exported from elsewhere (contacts, calendars, electricity
 * consumption, activity tracks, a health summary) read into typed records, shown before anything
 * is created, then created in one transaction with their source recorded. Free of HTTP types.
 */
package org.hearth.datastore.imports;
