package org.hearth.archfixture.api.app;

/** Fine: the app is the composition root and may build any module's internals. */
class Wiring {
    private org.hearth.archfixture.api.datastore.records.Internal internal;
}
