--liquibase formatted sql

--changeset hearth:tenants-004-webhooks
-- A tenant's webhook endpoints. The signing secret is needed to sign, so it is kept encrypted
-- under the master key rather than hashed.
CREATE TABLE tenants.webhooks (
  id             UUID        PRIMARY KEY,
  tenant_id      UUID        NOT NULL REFERENCES tenants.tenants (id),
  url            TEXT        NOT NULL,
  events         TEXT[]      NOT NULL,
  secret_ct      BYTEA       NOT NULL,
  master_key_id  TEXT        NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  disabled_at    TIMESTAMPTZ
);
CREATE INDEX webhooks_by_tenant ON tenants.webhooks (tenant_id);

-- One row per (webhook, event): retried with exponential backoff until delivered or given up.
CREATE TABLE tenants.webhook_deliveries (
  id               UUID        PRIMARY KEY,
  webhook_id       UUID        NOT NULL REFERENCES tenants.webhooks (id),
  tenant_id        UUID        NOT NULL,
  event_id         UUID        NOT NULL,
  event_type       TEXT        NOT NULL,
  payload          TEXT        NOT NULL,
  attempts         INTEGER     NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  delivered_at     TIMESTAMPTZ,
  given_up_at      TIMESTAMPTZ,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON tenants.webhook_deliveries (next_attempt_at) WHERE delivered_at IS NULL AND given_up_at IS NULL;

CREATE TABLE tenants.webhook_attempts (
  delivery_id  UUID        NOT NULL REFERENCES tenants.webhook_deliveries (id),
  attempt      INTEGER     NOT NULL,
  at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  status       INTEGER,
  error        TEXT,
  PRIMARY KEY (delivery_id, attempt)
);

-- When an individual erases their account, each tenant that held an agreement must acknowledge.
CREATE TABLE tenants.erasure_requests (
  id               UUID        PRIMARY KEY,
  tenant_id        UUID        NOT NULL REFERENCES tenants.tenants (id),
  subject_id       TEXT        NOT NULL,
  event_id         UUID        NOT NULL,
  requested_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  acknowledged_at  TIMESTAMPTZ,
  UNIQUE (tenant_id, event_id)
);
CREATE INDEX erasure_requests_outstanding ON tenants.erasure_requests (tenant_id) WHERE acknowledged_at IS NULL;
--rollback DROP TABLE tenants.erasure_requests; DROP TABLE tenants.webhook_attempts; DROP TABLE tenants.webhook_deliveries; DROP TABLE tenants.webhooks;

--changeset hearth:tenants-004-fanout-cursor
-- How far the webhook fan-out has read the outbox: durable, so no event is skipped across restarts.
CREATE TABLE tenants.outbox_cursors (
  name     TEXT   PRIMARY KEY,
  last_id  BIGINT NOT NULL
);
--rollback DROP TABLE tenants.outbox_cursors;
