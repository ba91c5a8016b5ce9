/**
 * Organisations as tenants. The root package is the module's API: {@link org.hearth.tenants.TenantsModule}
 * (composition, routes, pages and {@code workers()}, started by the platform, never by a constructor)
 * and the module's typed events ({@link org.hearth.tenants.TenantRegistered}). Sub-packages are
 * capabilities, each a thin slice: {@code *Routes} (Vert.x Web, wire shapes in {@code *Json}) →
 * {@code *Service} (kernel types in, records out: {@code CallContext}, {@code TenantScope}) →
 * package-private {@code *Repository} (jOOQ only, every tenant-owned query through
 * {@code Tenancy.owned}).
 */
package org.hearth.tenants;
