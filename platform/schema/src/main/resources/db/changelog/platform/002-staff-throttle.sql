--liquibase formatted sql

--changeset hearth:platform-002-staff-throttle
-- Staff sign-in is throttled and locked like individuals' (an operator can open any store).
ALTER TABLE platform.staff
  ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN locked_until  TIMESTAMPTZ;
--rollback ALTER TABLE platform.staff DROP COLUMN failed_logins, DROP COLUMN locked_until;
