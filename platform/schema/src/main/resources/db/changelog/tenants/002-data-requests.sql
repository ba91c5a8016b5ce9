--liquibase formatted sql

--changeset hearth:tenants-002-data-requests
-- A tenant's published ask. Its invitation code is what an individual follows to review it.
CREATE TABLE tenants.data_requests (
  id              UUID        PRIMARY KEY,
  tenant_id       UUID        NOT NULL REFERENCES tenants.tenants (id),
  code            TEXT        NOT NULL UNIQUE,
  title           TEXT        NOT NULL,
  purpose         TEXT        NOT NULL,
  description     TEXT        NOT NULL,
  categories      TEXT[]      NOT NULL,
  access_modes    TEXT[]      NOT NULL CHECK (access_modes <@ ARRAY['read','deliver']::TEXT[] AND cardinality(access_modes) > 0),
  duration_days   INTEGER     NOT NULL CHECK (duration_days BETWEEN 1 AND 3660),
  retention_days  INTEGER     NOT NULL CHECK (retention_days BETWEEN 0 AND 3660),
  lawful_basis    TEXT        NOT NULL,
  policy_url      TEXT        NOT NULL,
  status          TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX data_requests_by_tenant ON tenants.data_requests (tenant_id, created_at);
--rollback DROP TABLE tenants.data_requests;
