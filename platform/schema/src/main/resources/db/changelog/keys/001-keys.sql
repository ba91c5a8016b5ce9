--liquibase formatted sql

--changeset hearth:keys-001-schema
-- Wrapped data keys live in their own schema so that operators can back them up on their own,
-- shorter schedule: destroying a key here is what makes an erasure final.
CREATE SCHEMA IF NOT EXISTS keys;
--rollback DROP SCHEMA keys;
