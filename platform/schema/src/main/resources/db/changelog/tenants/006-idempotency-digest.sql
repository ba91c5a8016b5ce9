--liquibase formatted sql

--changeset hearth:tenants-006-idempotency-digest
-- The idempotency store kept the whole first answer (the delivered title and data) in clear, for
-- ever, and after the individual's erasure. It now keeps no personal data: a keyed hash of the
-- tenant's key (a key may name a person), a keyed digest of the request (HMAC under the lookup
-- key, so that a low-entropy value cannot be guessed offline from it), the status and the record
-- id; a replay is rebuilt from the encrypted record. individual_id lets erasure delete the rows;
-- created_at against HEARTH_IDEMPOTENCY_TTL decides expiry. TRUNCATE (not DELETE) so that the old
-- plaintext leaves the heap files at once; the keys it held cannot be recomputed into hashes
-- without the lookup key, so they are dropped (a retry of a delivery made before the upgrade is
-- delivered again). Row-level security and its policy stay as they are.
TRUNCATE tenants.idempotency_keys;
ALTER TABLE tenants.idempotency_keys
  DROP CONSTRAINT idempotency_keys_pkey,
  DROP COLUMN key,
  DROP COLUMN response,
  ADD COLUMN key_hash       BYTEA NOT NULL,
  ADD COLUMN request_digest BYTEA NOT NULL,
  ADD COLUMN record_id      UUID  NOT NULL,
  ADD COLUMN individual_id  UUID  NOT NULL,
  ADD PRIMARY KEY (tenant_id, key_hash);
CREATE INDEX idempotency_keys_by_age ON tenants.idempotency_keys (created_at);
CREATE INDEX idempotency_keys_by_individual ON tenants.idempotency_keys (individual_id);
--rollback SELECT 1;
