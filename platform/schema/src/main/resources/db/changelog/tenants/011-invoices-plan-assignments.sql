--liquibase formatted sql

--changeset hearth:tenants-011-invoices-plan-assignments splitStatements:false
-- A tenant's plans over time (issue 11): on plan_code from from_date until its next row. The
-- first row, written with the first change, is the plan it registered on from its registration
-- day; a tenant that never changed plan has none, and is on tenants.tenants.plan throughout.
CREATE TABLE tenants.plan_assignments (
  tenant_id UUID NOT NULL REFERENCES tenants.tenants (id),
  from_date DATE NOT NULL,
  plan_code TEXT NOT NULL CHECK (plan_code IN ('sandbox', 'standard', 'enterprise')),
  PRIMARY KEY (tenant_id, from_date)
);

ALTER TABLE tenants.plan_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.plan_assignments
  USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true));
SELECT platform.require_an_actor('tenants.plan_assignments');
--rollback DROP TABLE tenants.plan_assignments;
