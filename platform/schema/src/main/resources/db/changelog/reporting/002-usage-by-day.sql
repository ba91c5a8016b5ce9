--liquibase formatted sql

--changeset hearth:reporting-002-usage-by-day
-- The platform's usage per UTC day and metric, rolled up from tenants.usage by reporting's
-- worker (org.hearth.reporting.usage), so a report over a year reads a few thousand rows instead
-- of millions. Only hours that have ended more than an hour ago are rolled up: metering writes
-- into the hour of the act, so those rows no longer change. A report adds the hours after the
-- cursor from tenants.usage itself. Summed over every tenant: no figure about one tenant, no
-- personal data.
CREATE TABLE reporting.usage_by_day (
  day      DATE          NOT NULL,
  metric   TEXT          NOT NULL,
  quantity NUMERIC(30,6) NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (day, metric)
);
-- How far the roll-up has gone: every hour before rolled_up_to is in usage_by_day. One row.
CREATE TABLE reporting.usage_rollup (
  id           BOOLEAN     PRIMARY KEY DEFAULT true CHECK (id),
  rolled_up_to TIMESTAMPTZ NOT NULL CHECK (rolled_up_to = date_trunc('hour', rolled_up_to, 'UTC'))
);
ALTER TABLE reporting.usage_by_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporting.usage_rollup ENABLE ROW LEVEL SECURITY;
CREATE POLICY system_only ON reporting.usage_by_day
  USING (current_setting('hearth.scope', true) = 'system') WITH CHECK (current_setting('hearth.scope', true) = 'system');
CREATE POLICY system_only ON reporting.usage_rollup
  USING (current_setting('hearth.scope', true) = 'system') WITH CHECK (current_setting('hearth.scope', true) = 'system');
SELECT platform.require_an_actor('reporting.usage_by_day');
SELECT platform.require_an_actor('reporting.usage_rollup');
-- The roll-up and a report's tail read usage by hour across tenants: a BRIN index fits rows that
-- arrive in hour order and costs metering's inserts next to nothing.
CREATE INDEX usage_by_hour ON tenants.usage USING brin (hour);
--rollback DROP INDEX tenants.usage_by_hour; DROP TABLE reporting.usage_rollup; DROP TABLE reporting.usage_by_day;
