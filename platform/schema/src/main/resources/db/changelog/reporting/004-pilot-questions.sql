--liquibase formatted sql

--changeset hearth:reporting-004-pilot-questions splitStatements:false
-- The aggregate engine's books (issue 13). A pilot's privacy budget: the total epsilon, fixed
-- from the charter when the pilot's first question is asked, and what its questions have spent.
-- A question spends its epsilon here, in its own transaction and before its answer is computed,
-- by an UPDATE that only succeeds while spent + epsilon <= total: concurrent questions queue on
-- the row and cannot overspend.
CREATE TABLE reporting.pilot_budgets (
  pilot_id UUID          PRIMARY KEY REFERENCES tenants.pilots (id),
  tenant_id UUID         NOT NULL,
  total    NUMERIC(12,6) NOT NULL CHECK (total > 0),
  spent    NUMERIC(12,6) NOT NULL DEFAULT 0 CHECK (spent >= 0 AND spent <= total)
);

-- Every question and its answer (or refusal): only noisy figures, never a true count.
CREATE TABLE reporting.pilot_questions (
  id               UUID          PRIMARY KEY,
  pilot_id         UUID          NOT NULL REFERENCES tenants.pilots (id),
  tenant_id        UUID          NOT NULL,
  kind             TEXT          NOT NULL CHECK (kind IN ('count', 'sum', 'mean', 'histogram')),
  schema_id        TEXT,
  field            TEXT,
  filters          JSONB         NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filters) = 'object'),
  epsilon          NUMERIC(12,6) NOT NULL CHECK (epsilon > 0),
  -- answered; refused_small_cohort (the epsilon stays spent: a refusal is itself an answer)
  status           TEXT          NOT NULL CHECK (status IN ('answered', 'refused_small_cohort')),
  mechanism        TEXT          NOT NULL,
  sensitivity      NUMERIC(24,6) NOT NULL,
  -- {"value": ..., "halfWidth95": ...} or {"bins": [{"label","value"}], "halfWidth95": ...}; null when refused
  answer           JSONB,
  remaining_budget NUMERIC(12,6) NOT NULL CHECK (remaining_budget >= 0),
  asked_by         TEXT          NOT NULL,
  asked_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
  CHECK ((status = 'answered') = (answer IS NOT NULL))
);
CREATE INDEX pilot_questions_by_pilot ON reporting.pilot_questions (pilot_id, asked_at);

SELECT platform.tenant_owned('reporting.pilot_budgets');
SELECT platform.tenant_owned('reporting.pilot_questions');
-- The questions are the pilot's record of what left the platform: final once written.
REVOKE UPDATE, DELETE ON reporting.pilot_questions FROM hearth_app;
REVOKE DELETE ON reporting.pilot_budgets FROM hearth_app;
--rollback DROP TABLE reporting.pilot_questions; DROP TABLE reporting.pilot_budgets;
