--liquibase formatted sql

--changeset hearth:reporting-001-schema
-- Reporting reads the other schemas; it keeps only what it publishes.
CREATE SCHEMA IF NOT EXISTS reporting;
--rollback DROP SCHEMA reporting;
