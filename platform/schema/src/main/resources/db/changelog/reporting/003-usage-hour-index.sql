--liquibase formatted sql

--changeset hearth:reporting-003-usage-hour-index
-- The BRIN index of 002 only helps while tenants.usage lies on disk in hour order. It does not
-- stay so: metering's upserts write new row versions wherever vacuum freed room, and a table
-- loaded out of order (an import, a restore, the report benchmark) has no order at all. Then the
-- roll-up and a report's tail scanned every row (0.4 s for 5.4 million as superuser, 2.5 s
-- under row-level security, measured by infra/bench/report-volume.sh). A B-tree on hour finds the
-- few hours after the roll-up's cursor whatever the order; it costs metering one index entry per
-- new tenant, metric, agreement and hour row, not per act (an act that adds to its hour's row
-- changes no indexed column, so the update stays HOT where the page has room).
DROP INDEX tenants.usage_by_hour;
CREATE INDEX usage_by_hour ON tenants.usage (hour);
--rollback DROP INDEX tenants.usage_by_hour; CREATE INDEX usage_by_hour ON tenants.usage USING brin (hour);
