--liquibase formatted sql

--changeset hearth:datastore-002-accounts
-- Sign-in by an external OpenID Connect identity, and throttling of failed password logins.
ALTER TABLE datastore.individuals
  ALTER COLUMN email_hash DROP NOT NULL,
  ALTER COLUMN password_hash DROP NOT NULL,
  ADD COLUMN oidc_issuer   TEXT,
  ADD COLUMN oidc_subject  TEXT,
  ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN locked_until  TIMESTAMPTZ,
  ADD COLUMN locale        TEXT NOT NULL DEFAULT 'en';
CREATE UNIQUE INDEX individuals_by_oidc ON datastore.individuals (oidc_issuer, oidc_subject) WHERE oidc_issuer IS NOT NULL;
--rollback DROP INDEX datastore.individuals_by_oidc; ALTER TABLE datastore.individuals DROP COLUMN oidc_issuer, DROP COLUMN oidc_subject, DROP COLUMN failed_logins, DROP COLUMN locked_until, DROP COLUMN locale;

--changeset hearth:datastore-002-records
-- A record's searchable metadata (schema, DPV category, provenance) is in clear so that lists
-- can be filtered; its title and data live encrypted in record_versions.
CREATE TABLE datastore.records (
  id                   UUID        PRIMARY KEY,
  individual_id        UUID        NOT NULL REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  schema_id            TEXT        NOT NULL,
  category             TEXT        NOT NULL,
  provenance           TEXT        NOT NULL DEFAULT 'self' CHECK (provenance IN ('self', 'tenant')),
  provenance_tenant_id UUID,
  version              INTEGER     NOT NULL,
  created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT records_tenant_provenance CHECK ((provenance = 'tenant') = (provenance_tenant_id IS NOT NULL))
);
CREATE INDEX records_by_owner ON datastore.records (individual_id, id);
CREATE INDEX records_by_owner_category ON datastore.records (individual_id, category, id);

-- Every version of every record, each encrypted under the owner's data key with the record id
-- and version as associated data.
CREATE TABLE datastore.record_versions (
  record_id    UUID        NOT NULL REFERENCES datastore.records (id) ON DELETE CASCADE,
  version      INTEGER     NOT NULL,
  title_ct     BYTEA       NOT NULL,
  data_ct      BYTEA       NOT NULL,
  author_kind  TEXT        NOT NULL,
  author_id    TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (record_id, version)
);

-- At most one file per record; name and content encrypted, size and media type in clear.
CREATE TABLE datastore.attachments (
  record_id    UUID        PRIMARY KEY REFERENCES datastore.records (id) ON DELETE CASCADE,
  upload_id    UUID        NOT NULL,
  filename_ct  BYTEA       NOT NULL,
  media_type   TEXT        NOT NULL,
  size_bytes   BIGINT      NOT NULL,
  sha256       BYTEA       NOT NULL,
  content_ct   BYTEA       NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
--rollback DROP TABLE datastore.attachments; DROP TABLE datastore.record_versions; DROP TABLE datastore.records;

--changeset hearth:datastore-002-access-log
-- Every access to a store by anyone but its owner, as a hash chain per individual: each entry's
-- hash covers the previous entry's hash, so an altered or removed entry breaks verification.
-- access_log_heads holds each chain's last link; appends lock that row, which orders them.
CREATE TABLE datastore.access_log (
  individual_id  UUID        NOT NULL REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  seq            BIGINT      NOT NULL,
  occurred_at    TIMESTAMPTZ NOT NULL,
  actor_kind     TEXT        NOT NULL,
  actor_id       TEXT        NOT NULL,
  action         TEXT        NOT NULL,
  agreement_id   UUID,
  record_ids     UUID[]      NOT NULL,
  categories     TEXT[]      NOT NULL,
  reason         TEXT        NOT NULL,
  prev_hash      BYTEA       NOT NULL,
  hash           BYTEA       NOT NULL,
  PRIMARY KEY (individual_id, seq)
);
CREATE TABLE datastore.access_log_heads (
  individual_id  UUID        PRIMARY KEY REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  seq            BIGINT      NOT NULL,
  hash           BYTEA       NOT NULL
);
--rollback DROP TABLE datastore.access_log_heads; DROP TABLE datastore.access_log;
