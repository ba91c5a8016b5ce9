--liquibase formatted sql

--changeset hearth:platform-010-tenant-owned splitStatements:false
-- What every table a tenant owns gets, in one call instead of a DO block per migration: row-level
-- security (fail closed: a session with neither the system scope nor this tenant's id sees and
-- writes nothing), the tenant_isolation policy on its tenant_id column, and the statement trigger
-- that refuses writes without an actor. New tenant-owned tables end with
-- SELECT platform.tenant_owned('schema.table');
CREATE FUNCTION platform.tenant_owned(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
    USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))
    WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))$p$, target);
  PERFORM platform.require_an_actor(target);
END
$$;
REVOKE ALL ON FUNCTION platform.tenant_owned(regclass) FROM PUBLIC;
--rollback DROP FUNCTION platform.tenant_owned(regclass);
