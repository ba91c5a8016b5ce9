/**
 * Records in a personal data store: typed JSON documents with a DPV category, provenance,
 * version history and an optional attachment; titles, data and files are encrypted under the
 * owner's data key, bound to the record id and version. {@code RecordService} takes the owner as
 * the acting {@code Actor} (or the {@code CallContext} of a write); {@code RecordRepository} is the
 * only jOOQ, and returns ciphertexts ({@code RecordRows}), never plaintext.
 */
package org.hearth.datastore.records;
