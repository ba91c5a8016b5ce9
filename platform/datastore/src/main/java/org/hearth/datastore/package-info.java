/**
 * Individuals and their personal data stores. The root package is the module's API, and the only
 * package other modules may use: {@link org.hearth.datastore.DatastoreModule} (wiring, routes,
 * pages, {@link org.hearth.datastore.DatastoreModule#workers() workers}, and the few calls the
 * application makes), the records other modules exchange with it
 * ({@link org.hearth.datastore.Record}, {@link org.hearth.datastore.Agreement} and its
 * {@link org.hearth.datastore.AgreementStatus}, {@link org.hearth.datastore.RequestTerms},
 * {@link org.hearth.datastore.Email}, {@link org.hearth.datastore.KeyRotation}), the ports other
 * modules implement ({@link org.hearth.datastore.DataRequestDirectory},
 * {@link org.hearth.datastore.AttributeSigner}, {@link org.hearth.datastore.ErasureStep}) or call
 * ({@link org.hearth.datastore.TenantAgreements}), the shared rules
 * ({@link org.hearth.datastore.PasswordPolicy}, {@link org.hearth.datastore.Categories}), the wire
 * shapes the tenants module renders ({@link org.hearth.datastore.AgreementJson},
 * {@link org.hearth.datastore.RecordJson}), and the typed outbox events the module publishes
 * ({@code agreement.granted}, {@code agreement.revoked}, {@code agreement.expired},
 * {@code individual.registered}, {@code individual.erased}). Sub-packages are per capability,
 * each a thin slice: {@code *Routes} (Vert.x Web, {@code *Json}) → {@code *Service} (kernel types:
 * {@code Actor}, {@code CallContext}, {@code TenantScope}; records in and out) →
 * {@code *Repository} (package-private, the only jOOQ).
 */
package org.hearth.datastore;
