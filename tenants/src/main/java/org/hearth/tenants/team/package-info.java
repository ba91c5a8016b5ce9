/**
 * A tenant's team: members with roles ({@code admin}, {@code developer}, {@code analyst}) and
 * the one-time invitations through which admins add colleagues. Only admins change the team,
 * and a tenant always keeps at least one admin.
 */
package org.hearth.tenants.team;
