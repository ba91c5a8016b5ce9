/**
 * Individuals and their personal data stores. The root package is the module's API:
 * {@link org.hearth.datastore.DatastoreModule} wires the rest; sub-packages are per capability.
 */
package org.hearth.datastore;
