--liquibase formatted sql

--changeset hearth:datastore-010-mail-addresses
-- E-mail to individuals (issue 14). Until now only a keyed hash of the address was kept, enough
-- to sign in but not to write to anyone. The address is now also kept encrypted under the
-- individual's data key (AES-256-GCM, bound to the account id), so an erasure, which destroys
-- that key, makes it unreadable with the rest of the store. It is used only once confirmed
-- through the link mailed at sign-up (the confirmation token is kept as a SHA-256). mail_off
-- lists the optional notices the person turned off.
ALTER TABLE datastore.individuals
  ADD COLUMN email_ct BYTEA,
  ADD COLUMN email_confirmed_at TIMESTAMPTZ,
  ADD COLUMN email_confirm_hash BYTEA UNIQUE,
  ADD COLUMN email_confirm_expires_at TIMESTAMPTZ,
  ADD COLUMN mail_off TEXT[] NOT NULL DEFAULT '{}'
    CHECK (mail_off <@ ARRAY['agreement_granted', 'agreement_expiring', 'agreement_ended', 'record_delivered']::text[]);
-- The warning mailed seven days before an agreement ends, once.
ALTER TABLE datastore.agreements ADD COLUMN expiry_warned_at TIMESTAMPTZ;
--rollback ALTER TABLE datastore.agreements DROP COLUMN expiry_warned_at; ALTER TABLE datastore.individuals DROP COLUMN mail_off, DROP COLUMN email_confirm_expires_at, DROP COLUMN email_confirm_hash, DROP COLUMN email_confirmed_at, DROP COLUMN email_ct;

--changeset hearth:datastore-010-mail-queue splitStatements:false
-- Mail waiting to be sent, written in the transaction of what it tells (so a mail exists if and
-- only if its cause committed) and sent by the platform's mail worker. What a row says
-- (args_ct: the facts the mail is made of; to_ct: an address given directly, for invitations and
-- the erasure confirmation) is encrypted: under the individual's data key when the mail is for an
-- individual of the store (an erasure leaves it unreadable), otherwise under the master key
-- (master_key_id). Once sent by SMTP the encrypted parts are cleared; a mail kept for the local
-- outbox (no SMTP configured) keeps its rendered text (body_ct) for the operator for 30 days.
-- The subject never holds personal data, so it is stored as sent.
CREATE TABLE datastore.mail_queue (
  id              UUID        PRIMARY KEY,
  individual_id   UUID        REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  kind            TEXT        NOT NULL CHECK (kind IN ('confirm_address', 'agreement_granted', 'agreement_expiring', 'agreement_ended',
                                                       'record_delivered', 'breach', 'erased', 'team_invitation')),
  language        TEXT        CHECK (language IN ('en', 'fr')),
  args_ct         BYTEA,
  to_ct           BYTEA,
  master_key_id   TEXT,
  subject         TEXT,
  body_ct         BYTEA,
  status          TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'local', 'skipped', 'failed')),
  skipped_because TEXT,
  attempts        INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  sent_at         TIMESTAMPTZ,
  CHECK (individual_id IS NOT NULL OR (to_ct IS NOT NULL AND master_key_id IS NOT NULL) OR status <> 'pending')
);
CREATE INDEX mail_queue_due ON datastore.mail_queue (next_attempt_at) WHERE status = 'pending';
CREATE INDEX mail_queue_local ON datastore.mail_queue (sent_at DESC) WHERE status = 'local';
CREATE INDEX mail_queue_by_individual ON datastore.mail_queue (individual_id);
ALTER TABLE datastore.mail_queue ENABLE ROW LEVEL SECURITY;
ALTER TABLE datastore.mail_queue FORCE ROW LEVEL SECURITY;
-- Any audited write may queue a mail (an individual accepting, a tenant delivering, an admin
-- inviting); only the platform's scope reads, sends, or deletes them.
CREATE POLICY anyone_queues ON datastore.mail_queue FOR INSERT
  WITH CHECK (coalesce(current_setting('hearth.actor', true), '') <> '' AND status = 'pending');
CREATE POLICY system_only ON datastore.mail_queue
  USING (current_setting('hearth.scope', true) = 'system')
  WITH CHECK (current_setting('hearth.scope', true) = 'system');
GRANT SELECT, INSERT, UPDATE, DELETE ON datastore.mail_queue TO hearth_app;
SELECT platform.require_an_actor('datastore.mail_queue');
--rollback DROP TABLE datastore.mail_queue;

--changeset hearth:datastore-010-mail-idle-checks splitStatements:false
-- The yes-or-no the mail worker and the expiry sweep ask before opening an audited system scope,
-- so an idle poll writes nothing (as agreements_expiry_due).
CREATE FUNCTION datastore.mail_due() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.mail_queue m WHERE m.status = 'pending' AND m.next_attempt_at <= now());
$$;
REVOKE ALL ON FUNCTION datastore.mail_due() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION datastore.mail_due() TO hearth_app;
CREATE FUNCTION datastore.mail_local_expired(kept_since timestamptz) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.mail_queue m WHERE m.status = 'local' AND m.sent_at < kept_since);
$$;
REVOKE ALL ON FUNCTION datastore.mail_local_expired(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION datastore.mail_local_expired(timestamptz) TO hearth_app;
CREATE FUNCTION datastore.agreements_warning_due(warning interval) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.agreements a WHERE a.revoked_at IS NULL AND a.expiry_warned_at IS NULL
                 AND a.expires_at > now() AND a.expires_at <= now() + warning AND a.expires_at - a.granted_at > warning);
$$;
REVOKE ALL ON FUNCTION datastore.agreements_warning_due(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION datastore.agreements_warning_due(interval) TO hearth_app;
--rollback DROP FUNCTION datastore.mail_due(); DROP FUNCTION datastore.mail_local_expired(timestamptz); DROP FUNCTION datastore.agreements_warning_due(interval);
