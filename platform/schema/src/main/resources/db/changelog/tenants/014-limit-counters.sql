--liquibase formatted sql

--changeset hearth:tenants-014-limit-counters splitStatements:false
-- A plan's hard limits enforced to the unit (issue 11: past a limit "nothing is done or
-- counted"). Reading committed usage before an act lets concurrent acts at the edge pass
-- together, and a consented read is counted in the access log's group commit, after the read.
-- So an act under a per-act limit (consented reads, records delivered) first takes one unit
-- here, in its own transaction: the row's lock makes concurrent takes wait for each other, and a
-- take that would pass the limit changes nothing. An act that then fails gives its unit back.
-- The month's row starts at the usage already metered. Only plans with hard limits (the
-- sandbox) ever write here. No personal data.
CREATE TABLE tenants.limit_counters (
  tenant_id UUID          NOT NULL REFERENCES tenants.tenants (id),
  month     DATE          NOT NULL CHECK (month = date_trunc('month', month)::date),
  metric    TEXT          NOT NULL CHECK (metric IN ('consented_reads', 'records_delivered')),
  used      NUMERIC(24,6) NOT NULL CHECK (used >= 0),
  PRIMARY KEY (tenant_id, month, metric)
);
ALTER TABLE tenants.limit_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.limit_counters
  USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true));
SELECT platform.require_an_actor('tenants.limit_counters');
--rollback DROP TABLE tenants.limit_counters;
