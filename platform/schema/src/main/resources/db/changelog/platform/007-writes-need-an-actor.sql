--liquibase formatted sql

--changeset hearth:platform-007-writes-need-an-actor splitStatements:false
-- Audit by construction, second guard: the application role may change a row only inside a
-- transaction that says who acts. Db.write and Db.system set hearth.actor (transaction-local,
-- by the same statement that appends the audit row), so a write they did not open, or one left
-- on an unaudited path, is refused here instead of going unrecorded. The owner (migrations, test
-- resets, admin commands that run as the owner) is not bound, as for row-level security.
-- Per statement, not per row: one function call for an insert of a thousand rows, and nothing
-- at all for reads.
-- A guard against mistakes, not against the application itself: hearth_app can set the setting.
CREATE FUNCTION platform.writes_need_an_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_user = 'hearth_app' AND coalesce(current_setting('hearth.actor', true), '') = '' THEN
    RAISE EXCEPTION 'a write to %.% needs an actor: run it in Db.write or Db.system', TG_TABLE_SCHEMA, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege',
            HINT = 'hearth.actor is not set in this transaction, so the write would not be audited';
  END IF;
  RETURN NULL;
END
$$;

-- The one way to put the guard on a table. A migration that creates a table in one of the
-- Hearth schemas ends with SELECT platform.require_an_actor('schema.table'); the kernel's
-- WritesNeedAnActorIT fails for any table without it.
CREATE FUNCTION platform.require_an_actor(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = target AND tgname = 'writes_need_an_actor') THEN
    EXECUTE format('CREATE TRIGGER writes_need_an_actor BEFORE INSERT OR UPDATE OR DELETE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION platform.writes_need_an_actor()', target);
  END IF;
END
$$;
REVOKE ALL ON FUNCTION platform.require_an_actor(regclass) FROM PUBLIC;

-- Every table there is now, but the audit trail itself (Db appends to it in the statement that
-- sets the actor; it is append-only for the application anyway).
DO $$
DECLARE
  t regclass;
BEGIN
  FOR t IN
    SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('platform', 'keys', 'datastore', 'tenants', 'governance', 'reporting')
      AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.oid <> 'platform.audit_log'::regclass AND c.relname NOT IN ('databasechangelog', 'databasechangeloglock')
    ORDER BY 1
  LOOP
    PERFORM platform.require_an_actor(t);
  END LOOP;
END
$$;
--rollback DO $$ DECLARE t regclass; BEGIN FOR t IN SELECT tgrelid::regclass FROM pg_trigger WHERE tgname = 'writes_need_an_actor' LOOP EXECUTE format('DROP TRIGGER writes_need_an_actor ON %s', t); END LOOP; END $$; DROP FUNCTION platform.require_an_actor(regclass); DROP FUNCTION platform.writes_need_an_actor();
