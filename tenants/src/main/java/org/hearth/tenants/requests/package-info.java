/**
 * Data requests: what an organisation asks individuals for (purpose, categories, access, duration,
 * retention, lawful basis), with an invitation code. Whoever presents a code may read that one
 * request and its organisation's name (row-level security's {@code presented_code} policy), nothing else.
 */
package org.hearth.tenants.requests;
