--liquibase formatted sql

--changeset hearth:tenants-001-schema
CREATE SCHEMA IF NOT EXISTS tenants;
--rollback DROP SCHEMA tenants;

--changeset hearth:tenants-001-tenants
CREATE TABLE tenants.tenants (
  id         UUID        PRIMARY KEY,
  name       TEXT        NOT NULL,
  kind       TEXT        NOT NULL CHECK (kind IN ('company','nonprofit','public_body')),
  status     TEXT        NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended')),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
--rollback DROP TABLE tenants.tenants;

--changeset hearth:tenants-001-clients
-- OAuth2 client credentials. The secret is random and long, so a SHA-256 is a safe hash for it.
CREATE TABLE tenants.clients (
  id          UUID        PRIMARY KEY,
  tenant_id   UUID        NOT NULL REFERENCES tenants.tenants (id),
  client_id   TEXT        NOT NULL UNIQUE,
  secret_hash BYTEA       NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at  TIMESTAMPTZ
);
CREATE INDEX clients_tenant ON tenants.clients (tenant_id);
--rollback DROP TABLE tenants.clients;
