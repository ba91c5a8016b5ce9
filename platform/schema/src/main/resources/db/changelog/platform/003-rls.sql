--liquibase formatted sql

--changeset hearth:platform-003-app-role splitStatements:false
-- The role the application works as. It is not a superuser and does not bypass row-level
-- security, so the tenant isolation policies below bind it (a superuser or table owner would
-- ignore them). Migrations still run as the connecting user.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hearth_app') THEN
    CREATE ROLE hearth_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
--rollback SELECT 1;

--changeset hearth:platform-003-grants
GRANT USAGE ON SCHEMA platform, keys, datastore, tenants, governance, reporting TO hearth_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA platform, keys, datastore, tenants, governance, reporting TO hearth_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA platform, keys, datastore, tenants, governance, reporting TO hearth_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA platform, keys, datastore, tenants, governance, reporting
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hearth_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA platform, keys, datastore, tenants, governance, reporting
  GRANT USAGE, SELECT ON SEQUENCES TO hearth_app;
--rollback SELECT 1;

--changeset hearth:platform-003-tenant-isolation
-- Tenant isolation, second guard: when a transaction runs for a tenant (hearth.tenant_id set),
-- it sees and writes only that tenant's rows, whatever the query says. Without a tenant context
-- (individuals, operators, background work) the code's own predicates are the guard.
-- Compared as text: a cast of an unset (empty) setting to uuid would fail, and OR does not
-- short-circuit reliably in PostgreSQL.
ALTER TABLE tenants.data_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.data_requests
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE tenants.clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.clients
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE tenants.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.members
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE tenants.signing_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.signing_keys
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE tenants.idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.idempotency_keys
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE tenants.webhooks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.webhooks
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE tenants.webhook_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.webhook_deliveries
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE tenants.erasure_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.erasure_requests
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
ALTER TABLE datastore.agreements ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON datastore.agreements
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
--rollback SELECT 1;
