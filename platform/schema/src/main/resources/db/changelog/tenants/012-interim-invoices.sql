--liquibase formatted sql

--changeset hearth:tenants-012-interim-invoices splitStatements:false
-- Threshold (interim) invoices (issue 11): while a month is open, a plan with a threshold issues
-- an interim invoice of the period so far once the amount not yet invoiced reaches it; the
-- closing invoice then bills the whole month and deducts each interim invoice, one line per
-- revenue source it billed. Interim invoices share the series and numbering of closing ones.

-- A tenant has one closing invoice per period, and any number of interim invoices before it.
ALTER TABLE tenants.invoices
  ADD COLUMN kind TEXT NOT NULL DEFAULT 'closing' CHECK (kind IN ('closing', 'interim')),
  DROP CONSTRAINT invoices_tenant_id_period_start_key;
CREATE UNIQUE INDEX invoices_one_closing_per_period ON tenants.invoices (tenant_id, period_start) WHERE kind = 'closing';
CREATE INDEX invoices_interim_of_period ON tenants.invoices (tenant_id, period_start) WHERE kind = 'interim';

-- A deduction line names the interim invoice it deducts (its number as that invoice shows it);
-- its source is the source of what it deducts, so the ledger books a period's revenue once. Its
-- amount is normally negative; it is positive only where an interim invoice billed less than
-- nothing of a source (after a change of plan lowered it), so no sign is enforced here.
ALTER TABLE tenants.invoice_lines
  DROP CONSTRAINT invoice_lines_kind_check,
  ADD CONSTRAINT invoice_lines_kind_check
    CHECK (kind IN ('charge', 'spending_minimum', 'minimum_commitment', 'interim_deduction')),
  ADD COLUMN deducts_invoice_id UUID REFERENCES tenants.invoices (id),
  ADD COLUMN deducts_number TEXT,
  ADD CONSTRAINT invoice_lines_deduction_named
    CHECK ((kind = 'interim_deduction') = (deducts_invoice_id IS NOT NULL AND deducts_number IS NOT NULL));

-- Neither kind of invoice is ever negative: a closing invoice deducts at most the period's amount.
ALTER TABLE tenants.invoices
  ADD CONSTRAINT invoices_not_negative CHECK (subtotal_minor >= 0);
--rollback ALTER TABLE tenants.invoices DROP CONSTRAINT invoices_not_negative; ALTER TABLE tenants.invoice_lines DROP CONSTRAINT invoice_lines_deduction_named, DROP COLUMN deducts_number, DROP COLUMN deducts_invoice_id, DROP CONSTRAINT invoice_lines_kind_check, ADD CONSTRAINT invoice_lines_kind_check CHECK (kind IN ('charge', 'spending_minimum', 'minimum_commitment')); DROP INDEX tenants.invoices_interim_of_period; DROP INDEX tenants.invoices_one_closing_per_period; ALTER TABLE tenants.invoices DROP COLUMN kind, ADD CONSTRAINT invoices_tenant_id_period_start_key UNIQUE (tenant_id, period_start);
