-- The month-close benchmark's data (infra/bench/close-month.sh; README "The month close"). Run by
-- psql as the embedded PostgreSQL's superuser, against a server that is running: every row is
-- in hours of a month that has ended, so metering (which only adds to the current hour) never
-- touches them, and the close reads them as it would read metering's own.
--
-- Variables (psql -v): tenants (1000), events (2000000), month ('2026-11-01', the first day).
--
--   * :tenants tenants registered before the month, spread over the plans: every 10th on
--     enterprise, four in ten on standard, the rest on sandbox; a few in Germany and Belgium,
--     some of those with a VAT number (reverse charge).
--   * three agreements per tenant, for agreement-days: one active all month, one granted on the
--     10th at noon, one revoked on the 20th (prorated to the second by the close).
--   * :events billable acts over the month's business hours (08:00-18:00 UTC), shared between
--     tenants by plan (enterprise 20, standard 6.25, sandbox 1), each on one of the tenant's
--     agreements while it was active: 2% are declared transactions, 25% deliveries, the rest
--     consented reads serving 1-20 records of 2 kB. They land as metering writes them: one
--     tenants.usage row per tenant, metric, agreement and hour (a read adds consented_reads,
--     records_served and megabytes_exchanged; a delivery records_delivered and
--     megabytes_exchanged; a declared transaction transaction_value and its
--     tenants.declared_transactions row).
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE bench_tenants ON COMMIT DROP AS
SELECT i, md5('bench-tenant-' || i)::uuid AS id,
       CASE WHEN i % 10 = 0 THEN 'enterprise' WHEN i % 10 IN (1, 3, 5, 7) THEN 'standard' ELSE 'sandbox' END AS plan,
       CASE WHEN i % 20 = 2 THEN 'DE' WHEN i % 20 = 4 THEN 'BE' ELSE 'FR' END AS country,
       CASE WHEN i % 40 = 2 THEN 'DE' || lpad((100000000 + i)::text, 9, '0') WHEN i % 40 = 4 THEN 'BE0' || lpad((100000000 + i)::text, 9, '0') END AS vat
FROM generate_series(1, :tenants) AS i;

INSERT INTO tenants.tenants (id, name, kind, status, created_at, contact_email, plan, billing_country, vat_number)
SELECT id, 'Bench tenant ' || i, CASE WHEN i % 7 = 0 THEN 'nonprofit' ELSE 'company' END, 'active',
       (date :'month' - interval '1 month') + i * interval '1 second', 'billing-' || i || '@bench.example', plan, country, vat
FROM bench_tenants;

-- One individual per tenant index, owning the agreements of three tenants.
INSERT INTO datastore.individuals (id, email_hash, password_hash, created_at)
SELECT md5('bench-individual-' || i)::uuid, sha256(convert_to('bench-individual-' || i, 'UTF8')), 'not a hash: no sign-in',
       date :'month' - interval '2 months'
FROM bench_tenants;

CREATE TEMP TABLE bench_agreements ON COMMIT DROP AS
SELECT t.i, k, t.id AS tenant_id, md5('bench-agreement-' || t.i || '-' || k)::uuid AS id,
       md5('bench-individual-' || (((t.i - 1) * 3 + k - 1) % :tenants + 1))::uuid AS individual_id,
       CASE k WHEN 2 THEN date :'month' + interval '9 days 12 hours' ELSE date :'month' - interval '20 days' END AS granted_at,
       CASE k WHEN 3 THEN date :'month' + interval '19 days' END AS revoked_at,
       -- the days (0-based, in the month) on which the agreement serves acts
       CASE k WHEN 2 THEN 10 ELSE 0 END AS first_day,
       CASE k WHEN 3 THEN 19 ELSE extract(day FROM date :'month' + interval '1 month' - interval '1 day')::int END AS end_day
FROM bench_tenants t CROSS JOIN generate_series(1, 3) AS k;

INSERT INTO datastore.agreements (id, individual_id, tenant_id, data_request_id, subject_id, tenant_name, title, purpose, categories,
                                  access_modes, lawful_basis, policy_url, retention_days, granted_at, expires_at, revoked_at,
                                  consent_record, receipt_jws)
SELECT a.id, a.individual_id, a.tenant_id, md5('bench-request-' || a.i || '-' || a.k)::uuid, 'bench-subject-' || a.i || '-' || a.k,
       'Bench tenant ' || a.i, 'Bench agreement', 'dpv:ServiceProvision', ARRAY['dpv-pd:Preference'], ARRAY['read', 'deliver'],
       'dpv:Consent', 'https://bench.example/privacy', 0, a.granted_at, date :'month' + interval '1 year', a.revoked_at,
       '{"bench": true}'::jsonb, 'bench.receipt.unsigned'
FROM bench_agreements a;

-- Each tenant's share of the events (exact: the remainder goes one each to the first tenants).
CREATE TEMP TABLE bench_quota ON COMMIT DROP AS
WITH w AS (SELECT i, id, CASE plan WHEN 'enterprise' THEN 20.0 WHEN 'standard' THEN 6.25 ELSE 1.0 END AS w FROM bench_tenants),
     q AS (SELECT i, id, floor(:events * w / sum(w) OVER ())::bigint AS q FROM w)
SELECT i, id, q + CASE WHEN row_number() OVER (ORDER BY i) <= :events - sum(q) OVER () THEN 1 ELSE 0 END AS q FROM q;

-- The events themselves: the tenant, the act, the agreement, the hour, and what it counts.
CREATE TEMP TABLE bench_events ON COMMIT DROP AS
SELECT e.tenant_id, e.i, e.n, e.kind, a.id AS agreement_id,
       date :'month' + (a.first_day + (e.r % (a.end_day - a.first_day))) * interval '1 day' + (8 + (e.r / 31) % 10) * interval '1 hour' AS hour,
       1 + (e.r / 311) % 20 AS records, e.r
FROM (SELECT q.id AS tenant_id, q.i, n,
             CASE WHEN n % 50 = 0 THEN 'transaction' WHEN n % 4 = 1 THEN 'delivery' ELSE 'read' END AS kind,
             1 + n % 3 AS k,
             ((q.i * 2654435761 + n * 40503) % 1000003) AS r
      FROM bench_quota q CROSS JOIN LATERAL generate_series(1, q.q) AS n) e
JOIN bench_agreements a ON a.i = e.i AND a.k = e.k;

INSERT INTO tenants.usage (tenant_id, metric, agreement_id, hour, quantity)
SELECT tenant_id, metric, agreement_id, hour, sum(quantity)
FROM (SELECT tenant_id, agreement_id, hour, 'consented_reads' AS metric, 1::numeric AS quantity FROM bench_events WHERE kind = 'read'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'records_served', records FROM bench_events WHERE kind = 'read'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'megabytes_exchanged', records * 2048 / 1000000.0 FROM bench_events WHERE kind = 'read'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'records_delivered', 1 FROM bench_events WHERE kind = 'delivery'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'megabytes_exchanged', 4096 / 1000000.0 FROM bench_events WHERE kind = 'delivery'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'transaction_value', 10 + r % 990 + 0.5 FROM bench_events WHERE kind = 'transaction') u
GROUP BY tenant_id, metric, agreement_id, hour;

INSERT INTO tenants.declared_transactions (id, tenant_id, agreement_id, value, currency, external_reference, declared_at,
                                           idempotency_key_hash, request_digest)
SELECT md5('bench-transaction-' || i || '-' || n)::uuid, tenant_id, agreement_id, 10 + r % 990 + 0.5, 'EUR', 'bench-order-' || n,
       hour + (r % 60) * interval '1 minute', sha256(convert_to('bench-key-' || i || '-' || n, 'UTF8')),
       sha256(convert_to('bench-body-' || i || '-' || n, 'UTF8'))
FROM bench_events WHERE kind = 'transaction';

-- What was generated, for the script to print: tenants, usage rows, events (reads, deliveries, transactions).
SELECT (SELECT count(*) FROM bench_tenants) AS tenants,
       (SELECT count(*) FROM tenants.usage u JOIN bench_tenants t ON t.id = u.tenant_id) AS usage_rows,
       (SELECT count(*) FROM bench_events) AS events,
       (SELECT count(*) FILTER (WHERE kind = 'read') FROM bench_events) AS reads,
       (SELECT count(*) FILTER (WHERE kind = 'delivery') FROM bench_events) AS deliveries,
       (SELECT count(*) FILTER (WHERE kind = 'transaction') FROM bench_events) AS transactions,
       (SELECT count(*) FROM bench_agreements) AS agreements
\gset gen_
COMMIT;
ANALYZE tenants.tenants;
ANALYZE tenants.usage;
ANALYZE tenants.declared_transactions;
ANALYZE datastore.agreements;
\echo generated :gen_tenants :gen_usage_rows :gen_events :gen_reads :gen_deliveries :gen_transactions :gen_agreements
