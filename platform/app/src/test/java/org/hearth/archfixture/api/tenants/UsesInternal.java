package org.hearth.archfixture.api.tenants;

/** Broken: reaches into another module's sub-package (rule c). */
class UsesInternal {
    private org.hearth.archfixture.api.datastore.records.Internal internal;
}
