package org.hearth.archfixture.api.tenants;

/** Fine: uses another module through its root package. */
class UsesApi {
    private org.hearth.archfixture.api.datastore.DataStoreApi api;
}
