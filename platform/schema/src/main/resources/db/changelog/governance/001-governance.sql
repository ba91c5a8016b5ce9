--liquibase formatted sql

--changeset hearth:governance-001-schema
CREATE SCHEMA IF NOT EXISTS governance;
--rollback DROP SCHEMA governance;

--changeset hearth:governance-001-charter-adoptions
-- Each distinct charter the server has started under, so the board can see when the
-- governance parameters changed and which ones a financial year was checked against.
CREATE TABLE governance.charter_adoptions (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256         TEXT        NOT NULL UNIQUE,
  legal_profile  TEXT        NOT NULL,
  first_seen_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
--rollback DROP TABLE governance.charter_adoptions;
