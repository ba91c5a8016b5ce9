--liquibase formatted sql

--changeset hearth:datastore-012-import-jobs splitStatements:false
-- A file brought in from elsewhere, as a job (issue 14: large imports as background jobs with
-- progress, resumable after a restart, and a notice when done). The upload is read once, at the
-- preview: what it will become is kept as parts of up to 200 records, each sealed under the
-- person's data key (the job and part number as associated data), and the file itself is never
-- kept. Once the person confirms, the worker adds one part per transaction, together with the
-- job's progress and the part's deletion, so a restart goes on after the last part added, never
-- adding one twice. A preview not confirmed goes after an hour; a finished job's summary after 7
-- days; everything at erasure.
CREATE TABLE datastore.import_jobs (
  id              UUID        PRIMARY KEY,
  individual_id   UUID        NOT NULL REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  format          TEXT        NOT NULL CHECK (format ~ '^[a-z0-9]{1,20}$'),
  status          TEXT        NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'importing', 'done', 'failed')),
  total           INTEGER     NOT NULL CHECK (total > 0),
  done            INTEGER     NOT NULL DEFAULT 0 CHECK (done >= 0 AND done <= total),
  parts           INTEGER     NOT NULL CHECK (parts > 0),
  next_part       INTEGER     NOT NULL DEFAULT 0 CHECK (next_part >= 0 AND next_part <= parts),
  attempts        INTEGER     NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  requested_at    TIMESTAMPTZ NOT NULL,
  started_at      TIMESTAMPTZ,
  finished_at     TIMESTAMPTZ,
  expires_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX import_jobs_by_owner ON datastore.import_jobs (individual_id, requested_at DESC);
CREATE INDEX import_jobs_due ON datastore.import_jobs (next_attempt_at) WHERE status = 'importing';
CREATE TABLE datastore.import_parts (
  job_id        UUID    NOT NULL REFERENCES datastore.import_jobs (id) ON DELETE CASCADE,
  individual_id UUID    NOT NULL,
  seq           INTEGER NOT NULL,
  part_ct       BYTEA   NOT NULL,
  PRIMARY KEY (job_id, seq)
);
ALTER TABLE datastore.import_jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE datastore.import_jobs FORCE ROW LEVEL SECURITY;
ALTER TABLE datastore.import_parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE datastore.import_parts FORCE ROW LEVEL SECURITY;
-- The person proposes, starts (a one-part import is added at once, in their own transaction) and
-- discards their own imports; the worker (system scope) carries on every started one.
CREATE POLICY own_or_system ON datastore.import_jobs
  USING (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true));
CREATE POLICY own_or_system ON datastore.import_parts
  USING (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON datastore.import_jobs TO hearth_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON datastore.import_parts TO hearth_app;
SELECT platform.require_an_actor('datastore.import_jobs');
SELECT platform.require_an_actor('datastore.import_parts');

-- The worker's idle question, past row-level security, so an idle poll opens no audited scope.
CREATE FUNCTION datastore.import_work_due() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.import_jobs j WHERE (j.status = 'importing' AND j.next_attempt_at <= now()) OR (j.status <> 'importing' AND j.expires_at < now()));
$$;
REVOKE ALL ON FUNCTION datastore.import_work_due() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION datastore.import_work_due() TO hearth_app;

-- "Your file has been added" is a notice one may have mailed, or turn off.
ALTER TABLE datastore.mail_queue DROP CONSTRAINT mail_queue_kind_check;
ALTER TABLE datastore.mail_queue ADD CONSTRAINT mail_queue_kind_check CHECK (kind IN ('confirm_address', 'agreement_granted',
  'agreement_expiring', 'agreement_ended', 'record_delivered', 'breach', 'erased', 'team_invitation', 'export_ready', 'import_done'));
ALTER TABLE datastore.individuals DROP CONSTRAINT individuals_mail_off_check;
ALTER TABLE datastore.individuals ADD CONSTRAINT individuals_mail_off_check
  CHECK (mail_off <@ ARRAY['agreement_granted', 'agreement_expiring', 'agreement_ended', 'record_delivered', 'export_ready', 'import_done']::text[]);
--rollback DROP FUNCTION datastore.import_work_due(); DROP TABLE datastore.import_parts; DROP TABLE datastore.import_jobs;

--changeset hearth:datastore-012-import-jobs-owner-rights splitStatements:false
-- Owners may do only what the pages do, nothing more: propose a job with nothing added yet, start
-- a preview (or add its one part at once), discard a preview, try a given-up job again; the worker
-- (system scope) does everything else, erasure included. A part belongs to its job's owner.
ALTER TABLE datastore.import_jobs ADD CONSTRAINT import_jobs_id_owner UNIQUE (id, individual_id);
ALTER TABLE datastore.import_parts ADD CONSTRAINT import_parts_job_owner FOREIGN KEY (job_id, individual_id)
  REFERENCES datastore.import_jobs (id, individual_id) ON DELETE CASCADE;
DROP POLICY own_or_system ON datastore.import_jobs;
DROP POLICY own_or_system ON datastore.import_parts;
CREATE POLICY own_reads ON datastore.import_jobs FOR SELECT
  USING (individual_id::text = current_setting('hearth.individual_id', true));
CREATE POLICY own_proposes ON datastore.import_jobs FOR INSERT
  WITH CHECK (individual_id::text = current_setting('hearth.individual_id', true) AND status = 'proposed' AND done = 0 AND next_part = 0
              AND attempts = 0 AND started_at IS NULL AND finished_at IS NULL AND expires_at <= requested_at + interval '1 hour');
CREATE POLICY own_starts ON datastore.import_jobs FOR UPDATE
  USING (individual_id::text = current_setting('hearth.individual_id', true) AND status IN ('proposed', 'failed'))
  WITH CHECK (individual_id::text = current_setting('hearth.individual_id', true) AND status IN ('importing', 'done'));
CREATE POLICY own_discards ON datastore.import_jobs FOR DELETE
  USING (individual_id::text = current_setting('hearth.individual_id', true) AND status = 'proposed');
CREATE POLICY system_all ON datastore.import_jobs
  USING (current_setting('hearth.scope', true) = 'system') WITH CHECK (current_setting('hearth.scope', true) = 'system');
CREATE POLICY own_parts ON datastore.import_parts
  USING (individual_id::text = current_setting('hearth.individual_id', true))
  WITH CHECK (individual_id::text = current_setting('hearth.individual_id', true));
CREATE POLICY system_parts ON datastore.import_parts
  USING (current_setting('hearth.scope', true) = 'system') WITH CHECK (current_setting('hearth.scope', true) = 'system');
--rollback DROP POLICY system_parts ON datastore.import_parts; DROP POLICY own_parts ON datastore.import_parts; DROP POLICY system_all ON datastore.import_jobs; DROP POLICY own_discards ON datastore.import_jobs; DROP POLICY own_starts ON datastore.import_jobs; DROP POLICY own_proposes ON datastore.import_jobs; DROP POLICY own_reads ON datastore.import_jobs; ALTER TABLE datastore.import_parts DROP CONSTRAINT import_parts_job_owner; ALTER TABLE datastore.import_jobs DROP CONSTRAINT import_jobs_id_owner;
