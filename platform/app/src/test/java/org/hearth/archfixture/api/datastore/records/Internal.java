package org.hearth.archfixture.api.datastore.records;

/** An internal of the datastore module (its own classes may use it). */
public class Internal implements org.hearth.archfixture.api.datastore.DataStoreApi {
}
