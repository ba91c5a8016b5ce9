/** Data requests: what an organisation asks individuals for (purpose, categories, access, duration, retention, lawful basis), with an invitation code. */
package org.hearth.tenants.requests;
