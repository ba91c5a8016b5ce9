/** The individual's pages: the account page, with a CSRF-protected form to make a personal access token. */
package org.hearth.datastore.pages;
