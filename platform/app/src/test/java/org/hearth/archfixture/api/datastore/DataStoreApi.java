package org.hearth.archfixture.api.datastore;

/** Fine: the module's root package is its API. */
public interface DataStoreApi {
}
