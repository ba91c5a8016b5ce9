--liquibase formatted sql

--changeset hearth:reporting-010-annual-reports splitStatements:false
-- The annual community-interest report (issue 12, part 5). The board writes the narrative parts;
-- every version is kept (who wrote what, when): a part's text is its newest row. When the year's
-- annual-report resolution has passed, the first read freezes the report: the figures and
-- narratives as one canonical JSON document and its SHA-256 digest, one row per year (the
-- primary key makes a concurrent second freeze fail instead of storing a different copy).
-- Not tenant-owned: only the system scope reads or writes them (board members write through it,
-- as themselves).
CREATE TABLE reporting.annual_report_narratives (
  id          UUID        PRIMARY KEY,
  year_id     UUID        NOT NULL REFERENCES governance.financial_years (id),
  part        TEXT        NOT NULL CHECK (part ~ '^[a-z][a-z_]{1,39}$'),
  body        TEXT        NOT NULL CHECK (length(body) <= 20000),
  author_id   UUID        NOT NULL,
  author_name TEXT        NOT NULL CHECK (length(btrim(author_name)) BETWEEN 1 AND 200),
  written_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX annual_report_narratives_year ON reporting.annual_report_narratives (year_id, part, written_at);

CREATE TABLE reporting.annual_reports (
  year_id       UUID        PRIMARY KEY REFERENCES governance.financial_years (id),
  resolution_id UUID        NOT NULL,
  content       TEXT        NOT NULL,
  digest        TEXT        NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
  frozen_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['reporting.annual_report_narratives', 'reporting.annual_reports'] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY system_only ON %s
      USING (current_setting('hearth.scope', true) = 'system')
      WITH CHECK (current_setting('hearth.scope', true) = 'system')$p$, t);
    PERFORM platform.require_an_actor(t::regclass);
  END LOOP;
END
$$;
GRANT SELECT, INSERT ON reporting.annual_report_narratives, reporting.annual_reports TO hearth_app;
-- History and frozen copies are appended, never changed or removed.
REVOKE UPDATE, DELETE ON reporting.annual_report_narratives, reporting.annual_reports FROM hearth_app;
--rollback DROP TABLE reporting.annual_reports; DROP TABLE reporting.annual_report_narratives;
