--liquibase formatted sql

--changeset hearth:platform-005-audit splitStatements:false
-- The audit trail: one row per write transaction (and per audited system-scope unit of work),
-- saying who acted, which operation of the contract, in which request and for which tenant.
-- Ids and names from code only: no personal data. Append-only for the application role.
CREATE TABLE platform.audit_log (
  id           BIGSERIAL   PRIMARY KEY,
  at           TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
  tx_id        BIGINT      NOT NULL DEFAULT txid_current(),
  actor_kind   TEXT        NOT NULL CHECK (actor_kind IN ('individual', 'tenant', 'staff', 'system')),
  actor_id     UUID        NOT NULL,
  actor_person UUID,
  credential   TEXT        NOT NULL CHECK (credential IN ('session', 'personal_token', 'client', 'job')),
  operation    TEXT        NOT NULL CHECK (operation ~ '^[A-Za-z][A-Za-z0-9._:-]{0,79}$'),
  request_id   TEXT        NOT NULL CHECK (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
  tenant_id    UUID,
  scope        TEXT        NOT NULL CHECK (scope IN ('actor', 'tenant', 'system'))
);
CREATE INDEX audit_log_at ON platform.audit_log (at);
CREATE INDEX audit_log_actor ON platform.audit_log (actor_id, at);
CREATE INDEX audit_log_tenant ON platform.audit_log (tenant_id, at) WHERE tenant_id IS NOT NULL;
CREATE INDEX audit_log_operation ON platform.audit_log (operation, at);
REVOKE ALL ON platform.audit_log FROM hearth_app;
GRANT SELECT, INSERT ON platform.audit_log TO hearth_app;
GRANT USAGE, SELECT ON SEQUENCE platform.audit_log_id_seq TO hearth_app;

CREATE FUNCTION platform.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The application may only append; the owner (migrations, test resets) is not bound.
  IF current_user = 'hearth_app' THEN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON platform.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_log_append_only();
--rollback DROP TABLE platform.audit_log; DROP FUNCTION platform.audit_log_append_only();
