--liquibase formatted sql

--changeset hearth:tenants-015-pilots splitStatements:false
-- Pilots with public bodies (issue 13). A tenant of kind public_body proposes a pilot; the
-- operator approves or refuses it with a reason before recruitment starts. An approved pilot
-- publishes a data request whose only access mode is 'aggregate': agreements under it let the
-- partner ask questions (reporting.pilot_questions) and never read or receive a record.
CREATE TABLE tenants.pilots (
  id                  UUID          PRIMARY KEY,
  tenant_id           UUID          NOT NULL REFERENCES tenants.tenants (id),
  title               TEXT          NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
  purpose             TEXT          NOT NULL CHECK (length(btrim(purpose)) BETWEEN 1 AND 200),
  description         TEXT          NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 4000),
  -- The record categories the participants' agreements cover.
  categories          TEXT[]        NOT NULL CHECK (cardinality(categories) > 0),
  -- What may be aggregated: [{"schema","field","kind":"numeric"|"categorical","lower","upper",
  -- "decimals","categories":[...],"bins":[...]}], validated by the service.
  fields              JSONB         NOT NULL CHECK (jsonb_typeof(fields) = 'array' AND jsonb_array_length(fields) > 0),
  target_cohort       INTEGER       NOT NULL CHECK (target_cohort BETWEEN 1 AND 10000000),
  starts_on           DATE          NOT NULL,
  ends_on             DATE          NOT NULL,
  funding_amount      NUMERIC(17,2) NOT NULL CHECK (funding_amount >= 0),
  funding_currency    CHAR(3)       NOT NULL CHECK (funding_currency ~ '^[A-Z]{3}$'),
  status              TEXT          NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'refused', 'ended')),
  decision_reason     TEXT          CHECK (length(btrim(decision_reason)) BETWEEN 1 AND 4000),
  decided_by          UUID,
  decided_at          TIMESTAMPTZ,
  -- The aggregate-only data request published on approval: the invitation participants follow.
  data_request_id     UUID          UNIQUE REFERENCES tenants.data_requests (id),
  funding_received_at TIMESTAMPTZ,
  funding_reference   TEXT          CHECK (length(btrim(funding_reference)) BETWEEN 1 AND 200),
  ended_at            TIMESTAMPTZ,
  created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
  CHECK (ends_on > starts_on),
  CHECK ((status = 'proposed') = (decided_at IS NULL)),
  CHECK (status <> 'refused' OR decision_reason IS NOT NULL),
  CHECK ((status IN ('approved', 'ended')) = (data_request_id IS NOT NULL)),
  CHECK (funding_reference IS NULL OR funding_received_at IS NOT NULL)
);
CREATE INDEX pilots_by_tenant ON tenants.pilots (tenant_id, created_at);
CREATE INDEX pilots_by_status ON tenants.pilots (status, ends_on);

SELECT platform.tenant_owned('tenants.pilots');

-- A data request is either for records (read and/or deliver) or, for a pilot, aggregate only.
ALTER TABLE tenants.data_requests DROP CONSTRAINT data_requests_access_modes_check;
ALTER TABLE tenants.data_requests ADD CONSTRAINT data_requests_access_modes_check CHECK (
  cardinality(access_modes) > 0
  AND (access_modes <@ ARRAY['read','deliver']::TEXT[] OR access_modes = ARRAY['aggregate']::TEXT[]));
-- A pilot's request ends with the pilot: an agreement under it expires at ends_at at the latest,
-- whenever the participant joined.
ALTER TABLE tenants.data_requests ADD COLUMN ends_at TIMESTAMPTZ;
--rollback ALTER TABLE tenants.data_requests DROP COLUMN ends_at; ALTER TABLE tenants.data_requests DROP CONSTRAINT data_requests_access_modes_check; ALTER TABLE tenants.data_requests ADD CONSTRAINT data_requests_access_modes_check CHECK (access_modes <@ ARRAY['read','deliver']::TEXT[] AND cardinality(access_modes) > 0); DROP TABLE tenants.pilots;
