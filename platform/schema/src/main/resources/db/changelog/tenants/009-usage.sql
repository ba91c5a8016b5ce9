--liquibase formatted sql

--changeset hearth:tenants-009-usage splitStatements:false
-- Metered usage, the base of a tenant's invoice (issue 11). One row per tenant, metric,
-- agreement and hour, incremented in the transaction that commits the act it counts (a
-- consented read, a delivery...), so a committed act is counted exactly once and an act rolled
-- back is not counted. No personal data: which agreement, not whose records.
CREATE TABLE tenants.usage (
  tenant_id    UUID          NOT NULL REFERENCES tenants.tenants (id),
  metric       TEXT          NOT NULL CHECK (metric IN ('consented_reads', 'records_served', 'records_delivered',
                                                        'megabytes_exchanged', 'active_agreement_days', 'transaction_value')),
  agreement_id UUID          NOT NULL,
  hour         TIMESTAMPTZ   NOT NULL CHECK (hour = date_trunc('hour', hour, 'UTC')),
  quantity     NUMERIC(24,6) NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (tenant_id, metric, hour, agreement_id)
);

-- A transaction a tenant declares (POST /api/v1/tenant/transactions), on which a commission is
-- due under a percentage price. The external reference is the tenant's own; one per tenant.
CREATE TABLE tenants.declared_transactions (
  id                 UUID          PRIMARY KEY,
  tenant_id          UUID          NOT NULL REFERENCES tenants.tenants (id),
  agreement_id       UUID          NOT NULL,
  value              NUMERIC(17,2) NOT NULL CHECK (value > 0),
  currency           CHAR(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  external_reference TEXT          NOT NULL CHECK (length(external_reference) BETWEEN 1 AND 200),
  declared_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_reference)
);
CREATE INDEX declared_transactions_period ON tenants.declared_transactions (tenant_id, declared_at);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['tenants.usage', 'tenants.declared_transactions'] LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
      USING (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))
      WITH CHECK (current_setting('hearth.scope', true) = 'system' OR tenant_id::text = current_setting('hearth.tenant_id', true))$p$, t);
    PERFORM platform.require_an_actor(t::regclass);
  END LOOP;
END
$$;
--rollback DROP TABLE tenants.declared_transactions; DROP TABLE tenants.usage;
