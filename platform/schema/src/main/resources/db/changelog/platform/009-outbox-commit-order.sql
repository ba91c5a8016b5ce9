--liquibase formatted sql

--changeset hearth:platform-009-outbox-commit-order
-- Consumers with a durable cursor (the webhook fan-out, governance's revenue poster) read the
-- outbox in order. The identity id is taken when a row is inserted, not when it commits: a
-- transaction that inserted id 10 and commits after id 11 was read would be skipped for good by a
-- cursor at 11. Each row now carries the id of the transaction that wrote it; a consumer reads
-- only rows written by transactions older than every transaction still running
-- (pg_snapshot_xmin), in (tx_id, id) order, so no row can ever appear behind its cursor.
-- Existing rows all get this migration's transaction id, and the cursors are moved to it, so
-- what they had read stays read.
ALTER TABLE platform.outbox_events ADD COLUMN tx_id BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint);
CREATE INDEX outbox_events_commit_order ON platform.outbox_events (tx_id, id);
ALTER TABLE tenants.outbox_cursors ADD COLUMN last_tx_id BIGINT NOT NULL DEFAULT 0;
UPDATE tenants.outbox_cursors SET last_tx_id = pg_current_xact_id()::text::bigint;
ALTER TABLE governance.outbox_cursors ADD COLUMN last_tx_id BIGINT NOT NULL DEFAULT 0 CHECK (last_tx_id >= 0);
UPDATE governance.outbox_cursors SET last_tx_id = pg_current_xact_id()::text::bigint;
--rollback ALTER TABLE governance.outbox_cursors DROP COLUMN last_tx_id; ALTER TABLE tenants.outbox_cursors DROP COLUMN last_tx_id; DROP INDEX platform.outbox_events_commit_order; ALTER TABLE platform.outbox_events DROP COLUMN tx_id;
