--liquibase formatted sql

--changeset hearth:keys-002-data-keys
-- One AES-256 data key per individual, stored only wrapped (AES-GCM) by a master key. No foreign
-- key to datastore: this schema is backed up on its own schedule, and deleting a row here is
-- what makes an individual's data unreadable for good (erasure destroys the key first).
CREATE TABLE keys.data_keys (
  individual_id  UUID        PRIMARY KEY,
  wrapped_key    BYTEA       NOT NULL,
  master_key_id  TEXT        NOT NULL,
  key_version    INTEGER     NOT NULL DEFAULT 1,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  rewrapped_at   TIMESTAMPTZ
);
CREATE INDEX data_keys_by_master ON keys.data_keys (master_key_id);
--rollback DROP TABLE keys.data_keys;
