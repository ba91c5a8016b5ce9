--liquibase formatted sql

--changeset hearth:governance-002-ledger splitStatements:false
-- The operator's double-entry ledger. Amounts are NUMERIC with two decimals in the charter's
-- currency; every entry names its currency so that a mistake is visible, not converted.
CREATE TABLE governance.accounts (
  code        TEXT        PRIMARY KEY CHECK (code ~ '^[0-9A-Za-z.-]{1,20}$'),
  name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type        TEXT        NOT NULL CHECK (type IN ('asset','liability','equity','revenue','expense')),
  role        TEXT        UNIQUE,
  seeded      BOOLEAN     NOT NULL DEFAULT false,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE governance.financial_years (
  id                 UUID          PRIMARY KEY,
  starts_on          DATE          NOT NULL UNIQUE,
  ends_on            DATE          NOT NULL UNIQUE CHECK (ends_on > starts_on),
  status             TEXT          NOT NULL CHECK (status IN ('open','closed')),
  opened_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
  closed_at          TIMESTAMPTZ,
  closed_by          TEXT,
  surplus            NUMERIC(19,2),
  annual_report_resolution_id UUID
);

CREATE TABLE governance.journal_entries (
  id             UUID        PRIMARY KEY,
  seq            BIGINT      GENERATED ALWAYS AS IDENTITY UNIQUE,
  entry_date     DATE        NOT NULL,
  document_date  DATE        NOT NULL,
  year_id        UUID        NOT NULL REFERENCES governance.financial_years (id),
  kind           TEXT        NOT NULL,
  description    TEXT        NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  justification  TEXT        NOT NULL CHECK (length(justification) BETWEEN 1 AND 1000),
  author         TEXT        NOT NULL,
  currency       CHAR(3)     NOT NULL,
  reverses       UUID        UNIQUE REFERENCES governance.journal_entries (id),
  posted_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX journal_entries_by_date ON governance.journal_entries (entry_date, seq);

CREATE TABLE governance.journal_lines (
  entry_id      UUID          NOT NULL REFERENCES governance.journal_entries (id),
  line_no       INT           NOT NULL,
  account_code  TEXT          NOT NULL REFERENCES governance.accounts (code),
  debit         NUMERIC(19,2) NOT NULL DEFAULT 0 CHECK (debit >= 0),
  credit        NUMERIC(19,2) NOT NULL DEFAULT 0 CHECK (credit >= 0),
  CHECK ((debit > 0) <> (credit > 0)),
  PRIMARY KEY (entry_id, line_no)
);
CREATE INDEX journal_lines_by_account ON governance.journal_lines (account_code);

-- Posted means final: a correction is a reversing entry. The database refuses the rest, so no
-- code path (or hand-written SQL by the application role) can rewrite the books.
CREATE FUNCTION governance.refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of governance.% are final and cannot be changed or deleted (a ledger correction is a reversing entry)', TG_TABLE_NAME
    USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER journal_entries_immutable BEFORE UPDATE OR DELETE ON governance.journal_entries
  FOR EACH ROW EXECUTE FUNCTION governance.refuse_rewrite();
CREATE TRIGGER journal_lines_immutable BEFORE UPDATE OR DELETE ON governance.journal_lines
  FOR EACH ROW EXECUTE FUNCTION governance.refuse_rewrite();

-- Debits equal credits, checked at commit (after all lines of the entry are in).
CREATE FUNCTION governance.check_balanced(entry UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  d NUMERIC;
  c NUMERIC;
BEGIN
  SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0) INTO d, c FROM governance.journal_lines WHERE entry_id = entry;
  IF d <> c OR d = 0 THEN
    RAISE EXCEPTION 'journal entry % is not balanced (debits %, credits %)', entry, d, c USING ERRCODE = 'check_violation';
  END IF;
END
$$;
CREATE FUNCTION governance.entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM governance.check_balanced(NEW.id);
  RETURN NULL;
END
$$;
CREATE FUNCTION governance.line_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM governance.check_balanced(NEW.entry_id);
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON governance.journal_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION governance.entry_balanced();
CREATE CONSTRAINT TRIGGER journal_lines_balanced AFTER INSERT ON governance.journal_lines
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION governance.line_balanced();
--rollback DROP TABLE governance.journal_lines; DROP TABLE governance.journal_entries; DROP TABLE governance.financial_years; DROP TABLE governance.accounts; DROP FUNCTION governance.refuse_rewrite(); DROP FUNCTION governance.entry_balanced(); DROP FUNCTION governance.line_balanced(); DROP FUNCTION governance.check_balanced(UUID);

--changeset hearth:governance-002-decisions
-- What the legal profile checks, kept beside the entry that booked it.
CREATE TABLE governance.dividends (
  id                 UUID          PRIMARY KEY,
  year_id            UUID          NOT NULL REFERENCES governance.financial_years (id),
  declared_on        DATE          NOT NULL,
  amount             NUMERIC(19,2) NOT NULL CHECK (amount > 0),
  exempt             BOOLEAN       NOT NULL,
  recipient          TEXT          NOT NULL,
  recipient_registration TEXT,
  regulator_consent  TEXT,
  resolution_id      UUID          NOT NULL,
  entry_id           UUID          NOT NULL REFERENCES governance.journal_entries (id)
);
CREATE TABLE governance.loans (
  id                  UUID          PRIMARY KEY,
  lender              TEXT          NOT NULL,
  agreement_date      DATE          NOT NULL,
  principal           NUMERIC(19,2) NOT NULL CHECK (principal > 0),
  performance_related BOOLEAN       NOT NULL,
  entry_id            UUID          NOT NULL REFERENCES governance.journal_entries (id)
);
CREATE TABLE governance.interest_payments (
  id                  UUID          PRIMARY KEY,
  loan_id             UUID          NOT NULL REFERENCES governance.loans (id),
  paid_on             DATE          NOT NULL,
  amount              NUMERIC(19,2) NOT NULL CHECK (amount > 0),
  average_outstanding NUMERIC(19,2) NOT NULL CHECK (average_outstanding >= 0),
  cap_rate            NUMERIC(9,6),
  entry_id            UUID          NOT NULL REFERENCES governance.journal_entries (id)
);
CREATE TABLE governance.asset_transfers (
  id                  UUID          PRIMARY KEY,
  transferred_on      DATE          NOT NULL,
  recipient           TEXT          NOT NULL,
  recipient_registration TEXT,
  value               NUMERIC(19,2) NOT NULL CHECK (value > 0),
  consideration       NUMERIC(19,2) NOT NULL CHECK (consideration >= 0),
  basis               TEXT          NOT NULL,
  regulator_consent   TEXT,
  community_benefit   TEXT,
  entry_id            UUID          NOT NULL REFERENCES governance.journal_entries (id)
);
CREATE TABLE governance.reserve_allocations (
  year_id            UUID          PRIMARY KEY REFERENCES governance.financial_years (id),
  legal_reserve      NUMERIC(19,2) NOT NULL,
  statutory_reserve  NUMERIC(19,2) NOT NULL,
  entry_id           UUID          REFERENCES governance.journal_entries (id)
);
CREATE TABLE governance.share_interest (
  id                 UUID          PRIMARY KEY,
  year_id            UUID          NOT NULL REFERENCES governance.financial_years (id),
  meeting_date       DATE          NOT NULL,
  rate               NUMERIC(9,6)  NOT NULL,
  cap_rate           NUMERIC(9,6)  NOT NULL,
  amount             NUMERIC(19,2) NOT NULL CHECK (amount > 0),
  resolution_id      UUID          NOT NULL,
  entry_id           UUID          NOT NULL REFERENCES governance.journal_entries (id)
);
-- Published indices the rules need (TMO by calendar year, annual full-time SMIC by year), as data.
CREATE TABLE governance.reference_values (
  kind        TEXT          NOT NULL CHECK (kind IN ('tmo','smic-annual')),
  year        INT           NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value       NUMERIC(19,6) NOT NULL CHECK (value >= 0),
  source      TEXT          NOT NULL,
  recorded_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, year)
);
CREATE TABLE governance.pay_records (
  year        INT           NOT NULL,
  person      TEXT          NOT NULL,
  annual_pay  NUMERIC(19,2) NOT NULL CHECK (annual_pay >= 0),
  PRIMARY KEY (year, person)
);
CREATE TABLE governance.community_projects (
  id          UUID        PRIMARY KEY,
  name        TEXT        NOT NULL UNIQUE,
  description TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE governance.project_allocations (
  id          UUID          PRIMARY KEY,
  project_id  UUID          NOT NULL REFERENCES governance.community_projects (id),
  year_id     UUID          NOT NULL REFERENCES governance.financial_years (id),
  amount      NUMERIC(19,2) NOT NULL CHECK (amount > 0),
  entry_id    UUID          NOT NULL REFERENCES governance.journal_entries (id)
);
--rollback DROP TABLE governance.project_allocations; DROP TABLE governance.community_projects; DROP TABLE governance.pay_records; DROP TABLE governance.reference_values; DROP TABLE governance.share_interest; DROP TABLE governance.reserve_allocations; DROP TABLE governance.asset_transfers; DROP TABLE governance.interest_payments; DROP TABLE governance.loans; DROP TABLE governance.dividends;

--changeset hearth:governance-002-board
CREATE TABLE governance.members (
  id          UUID        PRIMARY KEY,
  name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  college     TEXT        NOT NULL,
  board       BOOLEAN     NOT NULL DEFAULT false,
  joined_on   DATE        NOT NULL,
  left_on     DATE,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE governance.meetings (
  id          UUID        PRIMARY KEY,
  held_on     DATE        NOT NULL,
  kind        TEXT        NOT NULL CHECK (kind IN ('general','board')),
  title       TEXT        NOT NULL
);
CREATE TABLE governance.resolutions (
  id          UUID        PRIMARY KEY,
  meeting_id  UUID        NOT NULL REFERENCES governance.meetings (id),
  kind        TEXT        NOT NULL CHECK (kind IN ('ordinary','special')),
  subject     TEXT        NOT NULL CHECK (subject IN ('dividend','annual_report','share_interest','other')),
  title       TEXT        NOT NULL,
  body        TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE governance.votes (
  resolution_id UUID        NOT NULL REFERENCES governance.resolutions (id),
  member_id     UUID        NOT NULL REFERENCES governance.members (id),
  choice        TEXT        NOT NULL CHECK (choice IN ('for','against','abstain')),
  cast_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (resolution_id, member_id)
);
-- The result, once computed, is final: the tally is stored with it and never rewritten.
CREATE TABLE governance.resolution_results (
  resolution_id UUID        PRIMARY KEY REFERENCES governance.resolutions (id),
  outcome       TEXT        NOT NULL CHECK (outcome IN ('passed','rejected','no_quorum')),
  tally         JSONB       NOT NULL,
  decided_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  decided_by    TEXT        NOT NULL
);
CREATE TRIGGER resolution_results_immutable BEFORE UPDATE OR DELETE ON governance.resolution_results
  FOR EACH ROW EXECUTE FUNCTION governance.refuse_rewrite();
CREATE TRIGGER votes_immutable BEFORE UPDATE OR DELETE ON governance.votes
  FOR EACH ROW EXECUTE FUNCTION governance.refuse_rewrite();
--rollback DROP TABLE governance.resolution_results; DROP TABLE governance.votes; DROP TABLE governance.resolutions; DROP TABLE governance.meetings; DROP TABLE governance.members;
