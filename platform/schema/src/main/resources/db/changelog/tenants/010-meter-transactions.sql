--liquibase formatted sql

--changeset hearth:tenants-010-meter-transactions
-- A declared transaction remembers the Idempotency-Key it was declared with (keyed digests under
-- the lookup key, as for deliveries: never the key itself), so a retry answers the first answer
-- for as long as the transaction exists, and the same key with another body is told apart.
ALTER TABLE tenants.declared_transactions
  ADD COLUMN idempotency_key_hash BYTEA NOT NULL,
  ADD COLUMN request_digest       BYTEA NOT NULL,
  ADD CONSTRAINT declared_transactions_key UNIQUE (tenant_id, idempotency_key_hash);
SELECT platform.require_an_actor('tenants.declared_transactions');
--rollback ALTER TABLE tenants.declared_transactions DROP CONSTRAINT declared_transactions_key, DROP COLUMN request_digest, DROP COLUMN idempotency_key_hash;
