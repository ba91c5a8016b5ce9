--liquibase formatted sql

--changeset hearth:tenants-011-invoices-credit-notes splitStatements:false
-- Credit notes (issue 11): the whole of an invoice or some of its lines, numbered in their own
-- series without gaps (the same counters), each line credited at most once.
ALTER TABLE tenants.invoices
  ADD COLUMN credited_minor BIGINT NOT NULL DEFAULT 0 CHECK (credited_minor >= 0),
  ADD CONSTRAINT invoices_credited_at_most_total CHECK (credited_minor <= total_minor);

CREATE TABLE tenants.credit_notes (
  id                  UUID        PRIMARY KEY,
  invoice_id          UUID        NOT NULL REFERENCES tenants.invoices (id),
  tenant_id           UUID        NOT NULL REFERENCES tenants.tenants (id),
  series              TEXT        NOT NULL,
  year                INTEGER     NOT NULL,
  sequence            BIGINT      NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
  number              TEXT        NOT NULL UNIQUE,
  issue_date          DATE        NOT NULL,
  subtotal_minor      BIGINT      NOT NULL CHECK (subtotal_minor >= 0),
  vat_minor           BIGINT      NOT NULL CHECK (vat_minor >= 0),
  total_minor         BIGINT      NOT NULL CHECK (total_minor = subtotal_minor + vat_minor),
  subscriptions_minor BIGINT      NOT NULL,
  usage_fees_minor    BIGINT      NOT NULL,
  commissions_minor   BIGINT      NOT NULL CHECK (subscriptions_minor + usage_fees_minor + commissions_minor = subtotal_minor),
  issued_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (series, year, sequence)
);
CREATE INDEX credit_notes_invoice ON tenants.credit_notes (invoice_id);

CREATE TABLE tenants.credit_note_lines (
  credit_note_id   UUID    NOT NULL REFERENCES tenants.credit_notes (id),
  invoice_id       UUID    NOT NULL,
  invoice_position INTEGER NOT NULL,
  tenant_id        UUID    NOT NULL REFERENCES tenants.tenants (id),
  PRIMARY KEY (credit_note_id, invoice_position),
  -- A line is credited at most once.
  UNIQUE (invoice_id, invoice_position),
  FOREIGN KEY (invoice_id, invoice_position) REFERENCES tenants.invoice_lines (invoice_id, position)
);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['tenants.credit_notes', 'tenants.credit_note_lines'] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
      USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))
      WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))$p$, t);
    PERFORM platform.require_an_actor(t::regclass);
  END LOOP;
END
$$;
--rollback DROP TABLE tenants.credit_note_lines; DROP TABLE tenants.credit_notes; ALTER TABLE tenants.invoices DROP CONSTRAINT invoices_credited_at_most_total, DROP COLUMN credited_minor;
