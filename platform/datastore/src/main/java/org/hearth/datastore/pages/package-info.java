/** The individual's pages: routes ({@code XxxPages}), their template models ({@link org.hearth.datastore.pages.PageModels}); bodies in {@code src/main/jte}. */
package org.hearth.datastore.pages;
