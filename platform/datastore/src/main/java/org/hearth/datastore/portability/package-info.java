/**
 * Portability (GDPR art. 20): the export archive (documented in platform/datastore/EXPORT-FORMAT.md), import
 * of such an archive into a new account, and erasure (art. 17), which destroys the data key first.
 *
 * <p>The one reasoned exception to "no JSON types in services": {@code ExportService},
 * {@code ImportService} and {@code ArchiveFormat} build and parse the archive's JSON files
 * ({@code records.json}, {@code access-log.json}, {@code manifest.json}) with Vert.x's
 * {@code JsonObject}, because that JSON <em>is</em> the product here: a documented, versioned file
 * format for the individual to take elsewhere, not a wire shape of our API. Its fields are fixed by
 * EXPORT-FORMAT.md and checked on import; nothing else of the module passes JSON to a service.
 */
package org.hearth.datastore.portability;
