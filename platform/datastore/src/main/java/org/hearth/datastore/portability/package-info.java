/**
 * Portability (GDPR art. 20): the export archive (documented in platform/datastore/EXPORT-FORMAT.md), import
 * of such an archive into a new account, and erasure (art. 17), which destroys the data key first.
 */
package org.hearth.datastore.portability;
