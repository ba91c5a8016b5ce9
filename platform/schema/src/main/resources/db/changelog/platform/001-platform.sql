--liquibase formatted sql

--changeset hearth:platform-001-schema
CREATE SCHEMA IF NOT EXISTS platform;
--rollback DROP SCHEMA platform;

--changeset hearth:platform-001-outbox
-- The transactional outbox: a domain change and its event commit in one transaction;
-- the dispatcher publishes rows in id order and stamps published_at afterwards.
CREATE TABLE platform.outbox_events (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id       UUID        NOT NULL UNIQUE,
  aggregate_type TEXT        NOT NULL,
  aggregate_id   TEXT        NOT NULL,
  event_type     TEXT        NOT NULL,
  payload        JSONB       NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  published_at   TIMESTAMPTZ,
  attempts       INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX outbox_events_unpublished ON platform.outbox_events (id) WHERE published_at IS NULL;
--rollback DROP TABLE platform.outbox_events;

--changeset hearth:platform-001-staff
-- Operator staff and board members. Roles are checked by the web layer's authorizers.
CREATE TABLE platform.staff (
  id            UUID        PRIMARY KEY,
  email         TEXT        NOT NULL UNIQUE,
  password_hash TEXT        NOT NULL,
  roles         TEXT[]      NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  disabled_at   TIMESTAMPTZ,
  CONSTRAINT staff_roles_known CHECK (roles <@ ARRAY['operator','board']::TEXT[]),
  CONSTRAINT staff_email_lowercase CHECK (email = lower(email))
);
--rollback DROP TABLE platform.staff;
