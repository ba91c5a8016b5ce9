--liquibase formatted sql

--changeset hearth:datastore-008-pending-inclusions splitStatements:false
-- A pilot question's inclusion entries, committed with its answer and appended to the
-- participants' access logs just after it by the inclusion worker (issue 13): at a hundred
-- thousand participants, appending every entry inside the answer's transaction was most of the
-- answer's time. The row is the durable promise: the answer and its participant list commit
-- together or not at all, and the worker appends a batch and moves `expanded` in one
-- transaction, so a crash at any point neither loses nor repeats an entry. `participants` packs
-- each participant as 32 bytes (individual id, then agreement id, both big-endian), sorted by
-- individual id; stored uncompressed (random ids do not compress), so a batch's slice is read
-- without the rest. Only the system scope sees or writes it: a tenant never learns who was in.
CREATE TABLE datastore.pending_inclusions (
  seq           BIGSERIAL   PRIMARY KEY,
  occurred_at   TIMESTAMPTZ NOT NULL,
  actor_kind    TEXT        NOT NULL,
  actor_id      TEXT        NOT NULL,
  action        TEXT        NOT NULL,
  categories    TEXT[]      NOT NULL,
  reason        TEXT        NOT NULL,
  participants  BYTEA       NOT NULL CHECK (length(participants) > 0 AND length(participants) % 32 = 0),
  expanded      INTEGER     NOT NULL DEFAULT 0 CHECK (expanded >= 0 AND expanded * 32 < length(participants))
);
ALTER TABLE datastore.pending_inclusions ALTER COLUMN participants SET STORAGE EXTERNAL;
ALTER TABLE datastore.pending_inclusions ENABLE ROW LEVEL SECURITY;
ALTER TABLE datastore.pending_inclusions FORCE ROW LEVEL SECURITY;
CREATE POLICY system_only ON datastore.pending_inclusions
  USING (current_setting('hearth.scope', true) = 'system')
  WITH CHECK (current_setting('hearth.scope', true) = 'system');
GRANT SELECT, INSERT, UPDATE, DELETE ON datastore.pending_inclusions TO hearth_app;
GRANT USAGE, SELECT ON SEQUENCE datastore.pending_inclusions_seq_seq TO hearth_app;
SELECT platform.require_an_actor('datastore.pending_inclusions');

-- Whether any inclusion waits to be appended: the worker's idle poll opens no audited
-- system-scope unit of work (and leaves no audit row) when none does.
CREATE FUNCTION datastore.inclusions_pending() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.pending_inclusions);
$$;
REVOKE ALL ON FUNCTION datastore.inclusions_pending() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION datastore.inclusions_pending() TO hearth_app;
--rollback DROP FUNCTION datastore.inclusions_pending(); DROP TABLE datastore.pending_inclusions;
