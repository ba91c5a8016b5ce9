/**
 * The database schema: Liquibase changelogs (one PostgreSQL schema per module, under
 * {@code db/changelog/}) and the jOOQ classes generated from the migrated schema.
 */
package org.hearth.schema;
