/**
 * Records in a personal data store: typed JSON documents with a DPV category, provenance,
 * version history and an optional attachment; titles, data and files are encrypted under the
 * owner's data key, bound to the record id and version.
 */
package org.hearth.datastore.records;
