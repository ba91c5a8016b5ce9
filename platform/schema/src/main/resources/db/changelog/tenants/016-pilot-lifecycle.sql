--liquibase formatted sql

--changeset hearth:tenants-016-pilot-lifecycle splitStatements:false
-- The pilot lifecycle (issue 13). A pilot's data request needs a privacy policy, as every data
-- request has one: the public body's own notice for the pilot, given with the proposal.
ALTER TABLE tenants.pilots ADD COLUMN policy_url TEXT NOT NULL
  CHECK (policy_url ~ '^https?://' AND length(policy_url) <= 2000);

-- Whether an approved pilot of any tenant has passed its end date, answered past row-level
-- security, so that the pilot-ending worker's idle poll opens no audited system scope (as
-- tenants.webhook_delivery_due does for webhooks).
CREATE FUNCTION tenants.pilot_ending_due(today date) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM tenants.pilots p WHERE p.status = 'approved' AND p.ends_on < today);
$$;
REVOKE ALL ON FUNCTION tenants.pilot_ending_due(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenants.pilot_ending_due(date) TO hearth_app;
--rollback DROP FUNCTION tenants.pilot_ending_due(date); ALTER TABLE tenants.pilots DROP COLUMN policy_url;
