--liquibase formatted sql

--changeset hearth:tenants-003-registration
-- Self-service registration: a contact, a plan, and team members who sign in to the console.
ALTER TABLE tenants.tenants
  ADD COLUMN contact_email TEXT,
  ADD COLUMN plan          TEXT NOT NULL DEFAULT 'sandbox' CHECK (plan IN ('sandbox','standard','enterprise'));
CREATE TABLE tenants.members (
  id            UUID        PRIMARY KEY,
  tenant_id     UUID        NOT NULL REFERENCES tenants.tenants (id),
  email         TEXT        NOT NULL UNIQUE CHECK (email = lower(email)),
  password_hash TEXT        NOT NULL,
  role          TEXT        NOT NULL CHECK (role IN ('admin','developer','analyst')),
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX members_by_tenant ON tenants.members (tenant_id);
--rollback DROP TABLE tenants.members; ALTER TABLE tenants.tenants DROP COLUMN contact_email, DROP COLUMN plan;

--changeset hearth:tenants-003-signing-keys
-- Each tenant's key pair for verified attributes. The platform signs on the tenant's behalf, so
-- the private key is kept encrypted under the master key; the public key is published.
CREATE TABLE tenants.signing_keys (
  tenant_id      UUID        PRIMARY KEY REFERENCES tenants.tenants (id),
  kid            TEXT        NOT NULL UNIQUE,
  public_jwk     TEXT        NOT NULL,
  private_jwk_ct BYTEA       NOT NULL,
  master_key_id  TEXT        NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
--rollback DROP TABLE tenants.signing_keys;

--changeset hearth:tenants-003-idempotency
-- The first answer to each Idempotency-Key, returned again to any retry with that key.
CREATE TABLE tenants.idempotency_keys (
  tenant_id     UUID        NOT NULL REFERENCES tenants.tenants (id),
  key           TEXT        NOT NULL,
  operation     TEXT        NOT NULL,
  status        INTEGER     NOT NULL,
  response      TEXT        NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, key)
);
--rollback DROP TABLE tenants.idempotency_keys;
