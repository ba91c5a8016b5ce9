--liquibase formatted sql

--changeset hearth:datastore-011-export-jobs splitStatements:false
-- A copy of all of a person's data prepared in the background (issue 14: large exports as jobs
-- with progress, resumable after a restart). The worker reads the records a batch at a time and
-- commits each batch as one sealed part (under the person's data key) together with the job's
-- cursor, so a restart goes on from the last committed batch; the archive is assembled from the
-- parts when the person downloads it, and the job goes 7 days after it is ready (or at erasure).
CREATE TABLE datastore.export_jobs (
  id            UUID        PRIMARY KEY,
  individual_id UUID        NOT NULL REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  status        TEXT        NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'ready')),
  total         INTEGER     NOT NULL CHECK (total >= 0),
  done          INTEGER     NOT NULL DEFAULT 0 CHECK (done >= 0),
  cursor_id     UUID,
  parts         INTEGER     NOT NULL DEFAULT 0,
  requested_at  TIMESTAMPTZ NOT NULL,
  ready_at      TIMESTAMPTZ,
  expires_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX export_jobs_one_preparing ON datastore.export_jobs (individual_id) WHERE status = 'preparing';
CREATE INDEX export_jobs_by_owner ON datastore.export_jobs (individual_id, requested_at DESC);
CREATE TABLE datastore.export_parts (
  job_id        UUID        NOT NULL REFERENCES datastore.export_jobs (id) ON DELETE CASCADE,
  individual_id UUID        NOT NULL,
  seq           INTEGER     NOT NULL,
  part_ct       BYTEA       NOT NULL,
  PRIMARY KEY (job_id, seq)
);
ALTER TABLE datastore.export_jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE datastore.export_jobs FORCE ROW LEVEL SECURITY;
ALTER TABLE datastore.export_parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE datastore.export_parts FORCE ROW LEVEL SECURITY;
-- The person asks for and downloads their own copy; the worker (system scope) prepares every one.
CREATE POLICY own_or_system ON datastore.export_jobs
  USING (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true));
CREATE POLICY own_or_system ON datastore.export_parts
  USING (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system');
GRANT SELECT, INSERT, UPDATE, DELETE ON datastore.export_jobs TO hearth_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON datastore.export_parts TO hearth_app;
SELECT platform.require_an_actor('datastore.export_jobs');
SELECT platform.require_an_actor('datastore.export_parts');

-- The worker's idle question, past row-level security, so an idle poll opens no audited scope.
CREATE FUNCTION datastore.export_work_due() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.export_jobs j WHERE j.status = 'preparing' OR j.expires_at < now());
$$;
REVOKE ALL ON FUNCTION datastore.export_work_due() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION datastore.export_work_due() TO hearth_app;
--rollback DROP FUNCTION datastore.export_work_due(); DROP TABLE datastore.export_parts; DROP TABLE datastore.export_jobs;

--changeset hearth:datastore-011-export-ready-mail
-- "Your copy is ready" is a notice one may have mailed, or turn off, like the agreements' ones.
ALTER TABLE datastore.mail_queue DROP CONSTRAINT mail_queue_kind_check;
ALTER TABLE datastore.mail_queue ADD CONSTRAINT mail_queue_kind_check CHECK (kind IN ('confirm_address', 'agreement_granted',
  'agreement_expiring', 'agreement_ended', 'record_delivered', 'breach', 'erased', 'team_invitation', 'export_ready'));
ALTER TABLE datastore.individuals DROP CONSTRAINT individuals_mail_off_check;
ALTER TABLE datastore.individuals ADD CONSTRAINT individuals_mail_off_check
  CHECK (mail_off <@ ARRAY['agreement_granted', 'agreement_expiring', 'agreement_ended', 'record_delivered', 'export_ready']::text[]);
--rollback ALTER TABLE datastore.individuals DROP CONSTRAINT individuals_mail_off_check; ALTER TABLE datastore.mail_queue DROP CONSTRAINT mail_queue_kind_check;

--changeset hearth:datastore-011-export-jobs-failures splitStatements:false
-- A job whose batch fails is tried again later (1, 2, 4… minutes), and given up after five
-- attempts, so one copy that cannot be made never holds up everyone else's. Owners may only read
-- their jobs and ask for one; everything else is the worker's (system scope).
ALTER TABLE datastore.export_jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE datastore.export_jobs DROP CONSTRAINT export_jobs_status_check;
ALTER TABLE datastore.export_jobs ADD CONSTRAINT export_jobs_status_check CHECK (status IN ('preparing', 'ready', 'failed'));
DROP POLICY own_or_system ON datastore.export_jobs;
CREATE POLICY own_reads ON datastore.export_jobs FOR SELECT
  USING (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true));
CREATE POLICY own_asks ON datastore.export_jobs FOR INSERT
  WITH CHECK (individual_id::text = current_setting('hearth.individual_id', true) AND status = 'preparing' AND done = 0 AND parts = 0
              AND cursor_id IS NULL AND attempts = 0);
CREATE POLICY system_changes ON datastore.export_jobs
  USING (current_setting('hearth.scope', true) = 'system')
  WITH CHECK (current_setting('hearth.scope', true) = 'system');
CREATE OR REPLACE FUNCTION datastore.export_work_due() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.export_jobs j WHERE (j.status = 'preparing' AND j.next_attempt_at <= now()) OR j.expires_at < now());
$$;
--rollback DROP POLICY system_changes ON datastore.export_jobs; DROP POLICY own_asks ON datastore.export_jobs; DROP POLICY own_reads ON datastore.export_jobs; ALTER TABLE datastore.export_jobs DROP COLUMN next_attempt_at, DROP COLUMN attempts;
