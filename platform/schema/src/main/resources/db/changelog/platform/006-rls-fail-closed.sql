--liquibase formatted sql

--changeset hearth:platform-006-webhook-attempts-tenant
-- An attempt belongs to its delivery's tenant: carried on the row, so that row-level security
-- and the one tenant predicate need no join.
ALTER TABLE tenants.webhook_attempts ADD COLUMN tenant_id UUID;
UPDATE tenants.webhook_attempts a SET tenant_id = d.tenant_id FROM tenants.webhook_deliveries d WHERE d.id = a.delivery_id;
ALTER TABLE tenants.webhook_attempts ALTER COLUMN tenant_id SET NOT NULL;
--rollback ALTER TABLE tenants.webhook_attempts DROP COLUMN tenant_id;

--changeset hearth:platform-006-rls-fail-closed splitStatements:false
-- Row-level security fails closed (replacing the policies of platform/003 and tenants/005, which
-- let every row through when no tenant was set). A tenant-owned row is visible, and may be
-- written, only when the transaction runs for its tenant (hearth.tenant_id, set by Db.write with
-- a TenantScope and Db.read(TenantScope)) or under the audited system scope (hearth.scope =
-- 'system', set only by Db.system). Without either, a query sees nothing. Compared as text: an
-- unset setting is NULL or '' and matches no id, and no cast can fail.
DO $$
DECLARE
  owned TEXT[] := ARRAY['tenants.clients', 'tenants.data_requests', 'tenants.members', 'tenants.signing_keys',
                        'tenants.idempotency_keys', 'tenants.webhooks', 'tenants.webhook_deliveries',
                        'tenants.webhook_attempts', 'tenants.erasure_requests', 'tenants.member_invitations'];
  t TEXT;
BEGIN
  FOREACH t IN ARRAY owned LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', t);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
      USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))
      WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))$p$, t);
  END LOOP;
END
$$;

-- The tenant row itself: its id is the tenant.
ALTER TABLE tenants.tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.tenants
  USING (current_setting('hearth.scope', true) = 'system' OR id::text = current_setting('hearth.tenant_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR id::text = current_setting('hearth.tenant_id', true));

-- An agreement is also its individual's: an individual's transactions (hearth.individual_id, set
-- by Db.write and Db.read(Actor) for individuals) see and make their own agreements, no others.
DROP POLICY IF EXISTS tenant_isolation ON datastore.agreements;
CREATE POLICY tenant_isolation ON datastore.agreements
  USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true)
         OR individual_id::text = current_setting('hearth.individual_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true)
         OR individual_id::text = current_setting('hearth.individual_id', true));

-- An individual's erasure deletes the idempotency entries that point into their store, of every
-- tenant: it may see and delete those (hashes and ids only), never insert or change any.
CREATE POLICY individual_erasure_read ON tenants.idempotency_keys FOR SELECT
  USING (individual_id::text = current_setting('hearth.individual_id', true));
CREATE POLICY individual_erasure_delete ON tenants.idempotency_keys FOR DELETE
  USING (individual_id::text = current_setting('hearth.individual_id', true));

-- The webhook fan-out's cursor over every tenant's events is the platform's, not a tenant's: only
-- the system scope (the fan-out job) sees or moves it.
ALTER TABLE tenants.outbox_cursors ENABLE ROW LEVEL SECURITY;
CREATE POLICY system_only ON tenants.outbox_cursors
  USING (current_setting('hearth.scope', true) = 'system')
  WITH CHECK (current_setting('hearth.scope', true) = 'system');
--rollback SELECT 1;

--changeset hearth:platform-006-published-request-by-code
-- An individual opening an invitation link (or accepting it) reads that one data request and its
-- organisation's row, before any agreement exists: whoever presents a request's code (the
-- invitation's secret, set as hearth.request_code for one read-only transaction) sees that
-- request and its tenant's row, and nothing else of any tenant. Read only: no write passes.
CREATE POLICY presented_code ON tenants.data_requests FOR SELECT
  USING (code = current_setting('hearth.request_code', true));
CREATE POLICY presented_code ON tenants.tenants FOR SELECT
  USING (EXISTS (SELECT 1 FROM tenants.data_requests d WHERE d.tenant_id = tenants.id
                 AND d.code = current_setting('hearth.request_code', true)));
--rollback DROP POLICY presented_code ON tenants.data_requests; DROP POLICY presented_code ON tenants.tenants;

--changeset hearth:platform-006-expiry-due splitStatements:false
-- Whether any agreement is past its end and not yet marked expired: a yes or no, across tenants,
-- so that the expiry sweep (polling every second) opens an audited system-scope unit of work
-- only when there is something to do. SECURITY DEFINER: it answers past row-level security, and
-- answers nothing else.
CREATE FUNCTION datastore.agreements_expiry_due() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM datastore.agreements a WHERE a.revoked_at IS NULL AND a.expires_at <= now()
                 AND NOT EXISTS (SELECT 1 FROM datastore.consent_events e WHERE e.agreement_id = a.id AND e.event = 'expired'));
$$;
REVOKE ALL ON FUNCTION datastore.agreements_expiry_due() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION datastore.agreements_expiry_due() TO hearth_app;
--rollback DROP FUNCTION datastore.agreements_expiry_due();

--changeset hearth:platform-006-idle-checks splitStatements:false
-- The same yes-or-no for the tenants' background jobs, so that an idle poll opens no audited
-- system-scope unit of work (and leaves no audit row): whether a webhook delivery of any tenant
-- is due, and whether an idempotency entry of any tenant has expired.
CREATE FUNCTION tenants.webhook_delivery_due() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM tenants.webhook_deliveries d WHERE d.delivered_at IS NULL AND d.given_up_at IS NULL AND d.next_attempt_at <= now());
$$;
REVOKE ALL ON FUNCTION tenants.webhook_delivery_due() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenants.webhook_delivery_due() TO hearth_app;
CREATE FUNCTION tenants.idempotency_expired(not_before timestamptz) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM tenants.idempotency_keys k WHERE k.created_at < not_before);
$$;
REVOKE ALL ON FUNCTION tenants.idempotency_expired(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenants.idempotency_expired(timestamptz) TO hearth_app;
--rollback DROP FUNCTION tenants.webhook_delivery_due(); DROP FUNCTION tenants.idempotency_expired(timestamptz);
