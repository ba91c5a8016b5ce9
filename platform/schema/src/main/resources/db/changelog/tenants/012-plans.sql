--liquibase formatted sql

--changeset hearth:tenants-012-plans splitStatements:false
-- Plans as data (issue 11): a plan and its price versions, each version's price list kept as the
-- JSON document billing's PlanDocument parses (tenants/README.md, "Billing: pricing"), so the
-- engine reads what operators wrote and nothing is lost between the two. The shipped plans
-- (billing/plans.json) are inserted at start when their code is missing; an operator's later
-- versions are only ever added, never rewritten: a period already invoiced is never re-priced.
-- Not tenant-owned: only the system scope reads or writes them (operators write through it,
-- as themselves; reading the catalogue is a system read).
CREATE TABLE tenants.plans (
  code       TEXT        PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_-]{1,39}$'),
  name_en    TEXT        NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 100),
  name_fr    TEXT        NOT NULL CHECK (length(btrim(name_fr)) BETWEEN 1 AND 100),
  -- The order plans are offered in (cheapest first): the order a plan lifting a hard limit is looked for.
  position   INTEGER     NOT NULL UNIQUE CHECK (position >= 1),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE tenants.plan_versions (
  plan_code      TEXT        NOT NULL REFERENCES tenants.plans (code),
  version        INTEGER     NOT NULL CHECK (version >= 1),
  effective_from DATE        NOT NULL,
  currency       CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- The version exactly as PlanDocument parses one; its number, date and currency are the columns'.
  document       JSONB       NOT NULL CHECK (jsonb_typeof(document) = 'object'
                                             AND document ->> 'version' = version::text
                                             AND (document ->> 'effective_from')::date = effective_from
                                             AND document ->> 'currency' = currency),
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  -- The actor who added it (a staff member's id; the system's for the shipped seed).
  created_by     UUID        NOT NULL,
  PRIMARY KEY (plan_code, version),
  UNIQUE (plan_code, effective_from)
);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['tenants.plans', 'tenants.plan_versions'] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY system_only ON %s
      USING (current_setting('hearth.scope', true) = 'system')
      WITH CHECK (current_setting('hearth.scope', true) = 'system')$p$, t);
    PERFORM platform.require_an_actor(t::regclass);
  END LOOP;
END
$$;
GRANT SELECT, INSERT ON tenants.plans, tenants.plan_versions TO hearth_app;
-- Versions are appended, never changed or removed.
REVOKE UPDATE, DELETE ON tenants.plan_versions FROM hearth_app;

-- A tenant may be put on any plan an operator creates: the fixed lists give way to the code's
-- shape. The plan itself is checked against the catalogue by the service (no foreign key: the
-- catalogue is seeded at start, after the migrations).
ALTER TABLE tenants.tenants DROP CONSTRAINT IF EXISTS tenants_plan_check;
ALTER TABLE tenants.tenants ADD CONSTRAINT tenants_plan_code CHECK (plan ~ '^[a-z][a-z0-9_-]{1,39}$');
ALTER TABLE tenants.plan_assignments DROP CONSTRAINT IF EXISTS plan_assignments_plan_code_check;
ALTER TABLE tenants.plan_assignments ADD CONSTRAINT plan_assignments_plan_code CHECK (plan_code ~ '^[a-z][a-z0-9_-]{1,39}$');
--rollback DROP TABLE tenants.plan_versions; DROP TABLE tenants.plans; ALTER TABLE tenants.tenants DROP CONSTRAINT tenants_plan_code; ALTER TABLE tenants.plan_assignments DROP CONSTRAINT plan_assignments_plan_code;
