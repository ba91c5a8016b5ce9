--liquibase formatted sql

--changeset hearth:tenants-011-invoices-core splitStatements:false
-- Invoices issued by closing a period (issue 11). Amounts are integer minor units of the
-- invoice's currency, as the rating engine rounded them: each line once, half-up; the totals are
-- sums. A tenant's invoice, its lines, its VAT and its number commit in one transaction.

-- Where the tenant is billed: the VAT the engine charges depends on its country and VAT number.
ALTER TABLE tenants.tenants
  ADD COLUMN billing_country CHAR(2) NOT NULL DEFAULT 'FR' CHECK (billing_country ~ '^[A-Z]{2}$'),
  ADD COLUMN vat_number      TEXT CHECK (length(vat_number) BETWEEN 1 AND 40);

-- One counter per series and year, locked (SELECT ... FOR UPDATE) in the transaction of the
-- invoice that takes the next number: a rolled-back invoice gives its number back, so numbers
-- have no gaps. Not tenant-owned: only the system scope reads or writes it.
CREATE TABLE tenants.invoice_counters (
  series      TEXT    NOT NULL CHECK (series ~ '^[A-Z]{1,8}$'),
  year        INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_number BIGINT  NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (series, year)
);

CREATE TABLE tenants.invoices (
  id             UUID        PRIMARY KEY,
  tenant_id      UUID        NOT NULL REFERENCES tenants.tenants (id),
  series         TEXT        NOT NULL,
  year           INTEGER     NOT NULL,
  sequence       BIGINT      NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
  number         TEXT        NOT NULL,
  period_start   DATE        NOT NULL,
  period_end     DATE        NOT NULL CHECK (period_end > period_start),
  issue_date     DATE        NOT NULL,
  due_date       DATE        NOT NULL CHECK (due_date >= issue_date),
  currency       CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  subtotal_minor BIGINT      NOT NULL,
  vat_minor      BIGINT      NOT NULL,
  total_minor    BIGINT      NOT NULL CHECK (total_minor = subtotal_minor + vat_minor),
  subscriptions_minor BIGINT NOT NULL,
  usage_fees_minor    BIGINT NOT NULL,
  commissions_minor   BIGINT NOT NULL CHECK (subscriptions_minor + usage_fees_minor + commissions_minor = subtotal_minor),
  paid_minor     BIGINT      NOT NULL DEFAULT 0 CHECK (paid_minor >= 0 AND paid_minor <= total_minor),
  status         TEXT        NOT NULL DEFAULT 'issued'
                             CHECK (status IN ('issued', 'partially_paid', 'paid', 'credited', 'overdue')),
  issued_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (series, year, sequence),
  UNIQUE (number),
  -- Closing a period twice issues nothing new.
  UNIQUE (tenant_id, period_start)
);
CREATE INDEX invoices_status ON tenants.invoices (status, due_date);

CREATE TABLE tenants.invoice_lines (
  invoice_id     UUID          NOT NULL REFERENCES tenants.invoices (id),
  position       INTEGER       NOT NULL CHECK (position >= 1),
  tenant_id      UUID          NOT NULL REFERENCES tenants.tenants (id),
  kind           TEXT          NOT NULL CHECK (kind IN ('charge', 'spending_minimum', 'minimum_commitment')),
  source         TEXT          NOT NULL CHECK (source IN ('subscriptions', 'usage_fees', 'commissions')),
  component_code TEXT          NOT NULL,
  metric         TEXT,
  description_key TEXT         NOT NULL,
  quantity       NUMERIC(24,6) NOT NULL,
  free_applied   NUMERIC(24,6) NOT NULL,
  unit_price     NUMERIC(24,10),
  amount_minor   BIGINT        NOT NULL,
  plan_code      TEXT          NOT NULL,
  plan_version   INTEGER       NOT NULL,
  line_from      DATE          NOT NULL,
  line_until     DATE          NOT NULL,
  PRIMARY KEY (invoice_id, position)
);

CREATE TABLE tenants.invoice_vat (
  invoice_id   UUID         NOT NULL REFERENCES tenants.invoices (id),
  position     INTEGER      NOT NULL CHECK (position >= 1),
  tenant_id    UUID         NOT NULL REFERENCES tenants.tenants (id),
  treatment    TEXT         NOT NULL,
  country      CHAR(2)      NOT NULL,
  rate_percent NUMERIC(7,4) NOT NULL,
  base_minor   BIGINT       NOT NULL,
  vat_minor    BIGINT       NOT NULL,
  PRIMARY KEY (invoice_id, position)
);

CREATE TABLE tenants.invoice_payments (
  id           UUID        PRIMARY KEY,
  invoice_id   UUID        NOT NULL REFERENCES tenants.invoices (id),
  tenant_id    UUID        NOT NULL REFERENCES tenants.tenants (id),
  paid_on      DATE        NOT NULL,
  amount_minor BIGINT      NOT NULL CHECK (amount_minor > 0),
  recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX invoice_payments_invoice ON tenants.invoice_payments (invoice_id);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['tenants.invoices', 'tenants.invoice_lines', 'tenants.invoice_vat', 'tenants.invoice_payments'] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
      USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))
      WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))$p$, t);
    PERFORM platform.require_an_actor(t::regclass);
  END LOOP;
END
$$;
ALTER TABLE tenants.invoice_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY system_only ON tenants.invoice_counters
  USING (current_setting('hearth.scope', true) = 'system')
  WITH CHECK (current_setting('hearth.scope', true) = 'system');
SELECT platform.require_an_actor('tenants.invoice_counters');
--rollback DROP TABLE tenants.invoice_payments; DROP TABLE tenants.invoice_vat; DROP TABLE tenants.invoice_lines; DROP TABLE tenants.invoices; DROP TABLE tenants.invoice_counters; ALTER TABLE tenants.tenants DROP COLUMN vat_number, DROP COLUMN billing_country;
