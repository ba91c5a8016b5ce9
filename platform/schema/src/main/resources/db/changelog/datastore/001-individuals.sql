--liquibase formatted sql

--changeset hearth:datastore-001-schema
CREATE SCHEMA IF NOT EXISTS datastore;
--rollback DROP SCHEMA datastore;

--changeset hearth:datastore-001-individuals
-- An individual's account. The email is personal data, so only a keyed hash (HMAC under a
-- key derived from the master key) is stored, enough to find the account at log-in.
CREATE TABLE datastore.individuals (
  id            UUID        PRIMARY KEY,
  email_hash    BYTEA       NOT NULL UNIQUE,
  password_hash TEXT        NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  erased_at     TIMESTAMPTZ
);
--rollback DROP TABLE datastore.individuals;

--changeset hearth:datastore-001-tokens
-- Personal access tokens: only a SHA-256 of the (high-entropy) token is kept.
CREATE TABLE datastore.personal_access_tokens (
  id            UUID        PRIMARY KEY,
  individual_id UUID        NOT NULL REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  name          TEXT        NOT NULL,
  token_hash    BYTEA       NOT NULL UNIQUE,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_used_at  TIMESTAMPTZ,
  revoked_at    TIMESTAMPTZ
);
CREATE INDEX personal_access_tokens_owner ON datastore.personal_access_tokens (individual_id);
--rollback DROP TABLE datastore.personal_access_tokens;
