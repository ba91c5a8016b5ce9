/** The individual's pages (English and French): sign-up, records by category, record view and edit with file, access log, settings, deletion. Every form carries the session's CSRF token. */
package org.hearth.datastore.pages;
