--liquibase formatted sql

--changeset hearth:platform-004-password-throttle
-- One row per password subject (an individual, a staff member, a console member, or an identifier
-- with no account), counted atomically: an attempt takes a slot with one INSERT ... ON CONFLICT
-- before the password is checked, so parallel guesses cannot get more checks than the limit.
-- The subject is a keyed hash (HMAC under the lookup key) of the identifier, never the e-mail.
CREATE TABLE platform.password_throttle (
  kind         TEXT        NOT NULL CHECK (kind IN ('individual', 'staff', 'member')),
  subject      BYTEA       NOT NULL,
  attempts     INTEGER     NOT NULL CHECK (attempts >= 0),
  locked_until TIMESTAMPTZ,
  last_attempt TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (kind, subject)
);
CREATE INDEX password_throttle_last_attempt ON platform.password_throttle (last_attempt);
GRANT SELECT, INSERT, UPDATE, DELETE ON platform.password_throttle TO hearth_app;
--rollback DROP TABLE platform.password_throttle;
