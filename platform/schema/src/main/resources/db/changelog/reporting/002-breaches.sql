--liquibase formatted sql

--changeset hearth:reporting-002-breaches splitStatements:false
-- The breach register (GDPR art. 33(5): every personal-data breach is documented, notified or
-- not). The operator records a breach; the 72-hour deadline to notify the supervisory authority
-- runs from became_aware_at (art. 33(1)). A breach is never deleted: the application role has no
-- DELETE grant and a trigger refuses it even for a mistaken grant. Changes (notification of the
-- authority, notices to individuals) are appended to breach_history, which is itself final.
-- Operators work through the audited system scope, so only that scope sees or writes the rows.
CREATE TABLE reporting.breaches (
  id                      UUID        PRIMARY KEY,
  nature                  TEXT        NOT NULL CHECK (length(btrim(nature)) BETWEEN 1 AND 4000),
  data_categories         TEXT        NOT NULL CHECK (length(btrim(data_categories)) BETWEEN 1 AND 2000),
  approx_people           INTEGER     NOT NULL CHECK (approx_people >= 0),
  approx_records          INTEGER     NOT NULL CHECK (approx_records >= 0),
  consequences            TEXT        NOT NULL CHECK (length(btrim(consequences)) BETWEEN 1 AND 4000),
  measures                TEXT        NOT NULL CHECK (length(btrim(measures)) BETWEEN 1 AND 4000),
  contact_point           TEXT        NOT NULL CHECK (length(btrim(contact_point)) BETWEEN 1 AND 500),
  became_aware_at         TIMESTAMPTZ NOT NULL,
  recorded_by             UUID        NOT NULL,
  recorded_at             TIMESTAMPTZ NOT NULL,
  authority_notified_at   TIMESTAMPTZ,
  authority_reference     TEXT        CHECK (length(btrim(authority_reference)) BETWEEN 1 AND 200),
  -- Art. 33(1): no notification when the breach is unlikely to result in a risk; the reason is kept.
  not_notifying_reason    TEXT        CHECK (length(btrim(not_notifying_reason)) BETWEEN 1 AND 4000),
  individuals_notified_at TIMESTAMPTZ,
  CHECK (NOT (authority_notified_at IS NOT NULL AND not_notifying_reason IS NOT NULL)),
  CHECK (authority_reference IS NULL OR authority_notified_at IS NOT NULL)
);
CREATE INDEX breaches_by_awareness ON reporting.breaches (became_aware_at DESC);

CREATE TABLE reporting.breach_history (
  seq        BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  breach_id  UUID        NOT NULL REFERENCES reporting.breaches (id),
  changed_by UUID        NOT NULL,
  changed_at TIMESTAMPTZ NOT NULL,
  -- recorded, authority-notified, not-notifying, individuals-notified
  change     TEXT        NOT NULL CHECK (change IN ('recorded', 'authority-notified', 'not-notifying', 'individuals-notified')),
  details    JSONB       NOT NULL CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX breach_history_by_breach ON reporting.breach_history (breach_id, seq);

-- The notices sent to individuals about a breach: who was addressed and in which words.
CREATE TABLE reporting.breach_notices (
  id          UUID        PRIMARY KEY,
  breach_id   UUID        NOT NULL REFERENCES reporting.breaches (id),
  audience    TEXT        NOT NULL CHECK (audience IN ('all', 'tenant')),
  tenant_id   UUID,
  text_en     TEXT        NOT NULL CHECK (length(btrim(text_en)) BETWEEN 1 AND 4000),
  text_fr     TEXT        NOT NULL CHECK (length(btrim(text_fr)) BETWEEN 1 AND 4000),
  recipients  INTEGER     NOT NULL CHECK (recipients >= 0),
  sent_by     UUID        NOT NULL,
  sent_at     TIMESTAMPTZ NOT NULL,
  CHECK ((audience = 'tenant') = (tenant_id IS NOT NULL))
);

CREATE FUNCTION reporting.refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of reporting.% are never deleted (GDPR art. 33(5): every breach stays on the register)', TG_TABLE_NAME
    USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER breaches_never_deleted BEFORE DELETE ON reporting.breaches
  FOR EACH ROW EXECUTE FUNCTION reporting.refuse_delete();
CREATE TRIGGER breach_history_final BEFORE UPDATE OR DELETE ON reporting.breach_history
  FOR EACH ROW EXECUTE FUNCTION reporting.refuse_delete();
CREATE TRIGGER breach_notices_final BEFORE UPDATE OR DELETE ON reporting.breach_notices
  FOR EACH ROW EXECUTE FUNCTION reporting.refuse_delete();

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['reporting.breaches', 'reporting.breach_history', 'reporting.breach_notices'] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY system_only ON %s
      USING (current_setting('hearth.scope', true) = 'system')
      WITH CHECK (current_setting('hearth.scope', true) = 'system')$p$, t);
    PERFORM platform.require_an_actor(t::regclass);
  END LOOP;
END
$$;
GRANT SELECT, INSERT ON reporting.breaches, reporting.breach_history, reporting.breach_notices TO hearth_app;
GRANT UPDATE ON reporting.breaches TO hearth_app;
REVOKE DELETE ON reporting.breaches, reporting.breach_history, reporting.breach_notices FROM hearth_app;
REVOKE UPDATE ON reporting.breach_history, reporting.breach_notices FROM hearth_app;
--rollback DROP TABLE reporting.breach_notices; DROP TABLE reporting.breach_history; DROP TABLE reporting.breaches; DROP FUNCTION reporting.refuse_delete();
