/**
 * The record types Hearth knows: one JSON Schema per {@code hearth:*} type, with its fields'
 * labels and help in English and French, validating records' data and describing the forms the
 * pages build from it. Unknown types stay free JSON for apps.
 */
package org.hearth.datastore.schemas;
