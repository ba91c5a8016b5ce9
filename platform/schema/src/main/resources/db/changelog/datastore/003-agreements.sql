--liquibase formatted sql

--changeset hearth:datastore-003-agreements
-- An individual's acceptance of a data request: the terms are copied in, so that what was agreed
-- never changes under the individual. The tenant knows the individual only by subject_id, a
-- pairwise pseudonym that differs for every tenant.
CREATE TABLE datastore.agreements (
  id               UUID        PRIMARY KEY,
  individual_id    UUID        NOT NULL REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  tenant_id        UUID        NOT NULL,
  data_request_id  UUID        NOT NULL,
  subject_id       TEXT        NOT NULL,
  tenant_name      TEXT        NOT NULL,
  title            TEXT        NOT NULL,
  purpose          TEXT        NOT NULL,
  categories       TEXT[]      NOT NULL,
  access_modes     TEXT[]      NOT NULL,
  lawful_basis     TEXT        NOT NULL,
  policy_url       TEXT        NOT NULL,
  retention_days   INTEGER     NOT NULL,
  granted_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at       TIMESTAMPTZ NOT NULL,
  revoked_at       TIMESTAMPTZ,
  consent_record   JSONB       NOT NULL,
  receipt_jws      TEXT        NOT NULL
);
CREATE INDEX agreements_by_owner ON datastore.agreements (individual_id, granted_at);
CREATE INDEX agreements_by_tenant ON datastore.agreements (tenant_id, granted_at);
CREATE UNIQUE INDEX agreements_one_live_per_request ON datastore.agreements (individual_id, data_request_id) WHERE revoked_at IS NULL;

-- The consent record's lifecycle (ISO/IEC TS 27560: given, withdrawn, expired).
CREATE TABLE datastore.consent_events (
  agreement_id  UUID        NOT NULL REFERENCES datastore.agreements (id) ON DELETE CASCADE,
  event         TEXT        NOT NULL CHECK (event IN ('given','withdrawn','expired')),
  occurred_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, event)
);
--rollback DROP TABLE datastore.consent_events; DROP TABLE datastore.agreements;
