-- The report benchmark's platform data (infra/bench/report-volume.sh; README "The reports"). Run
-- by psql as the embedded PostgreSQL's superuser against a running server, once, before the
-- ledger years are written (report-volume-ledger.sql) and closed through the API.
--
-- Variables (psql -v): individuals (100000), tenants (1000), agreements (20000), events
-- (2000000), since ('2021-04-01': the first day of the first financial year).
--
--   * :individuals individuals who joined between :since and today, 2% of them erased since
--     (an erased account keeps its row with erased_at, as the erasure leaves it); each live one
--     holds 5 records, one in five delivered by a tenant, with one version of 96 bytes of
--     ciphertext-sized filler (never decrypted: the reports count, they do not read).
--   * :tenants tenants of the three kinds (company, nonprofit, public body) on the three plans.
--   * :agreements agreements between a random live individual and a random tenant, over six
--     purposes, granted over the last three years; 15% revoked, 5% expired.
--   * :events billable acts over the last twelve months, on live agreements: 73% consented
--     reads (each also an access-log entry of its individual), 25% deliveries, 2% declared
--     transactions, aggregated into tenants.usage per tenant, metric, agreement and hour as
--     metering writes them.
--   * one erasure request to each tenant an erased individual had an agreement with, honoured
--     between 1 and 96 hours later.
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL synchronous_commit = off; -- a generator, not the platform: only its own rows are at stake

CREATE TEMP TABLE gen_tenants ON COMMIT DROP AS
SELECT i, md5('report-tenant-' || i)::uuid AS id,
       CASE WHEN i % 10 = 0 THEN 'public_body' WHEN i % 10 IN (1, 4) THEN 'nonprofit' ELSE 'company' END AS kind,
       CASE WHEN i % 10 = 0 THEN 'enterprise' WHEN i % 10 IN (1, 3, 5, 7) THEN 'standard' ELSE 'sandbox' END AS plan
FROM generate_series(1, :tenants) AS i;

INSERT INTO tenants.tenants (id, name, kind, status, created_at, contact_email, plan, billing_country)
SELECT id, 'Report tenant ' || i, kind, 'active', date :'since' + (i % 1500) * interval '1 day', 'billing-' || i || '@report.example',
       plan, 'GB'
FROM gen_tenants;

CREATE TEMP TABLE gen_individuals ON COMMIT DROP AS
SELECT i, md5('report-individual-' || i)::uuid AS id,
       date :'since' + (random() * (current_date - date :'since' - 1)) * interval '1 day' AS joined,
       i % 50 = 0 AS erased
FROM generate_series(1, :individuals) AS i;

INSERT INTO datastore.individuals (id, email_hash, password_hash, created_at, erased_at)
SELECT id, sha256(convert_to('report-individual-' || i, 'UTF8')), 'not a hash: no sign-in', joined,
       CASE WHEN erased THEN joined + (current_timestamp - joined) * random() END
FROM gen_individuals;

CREATE TEMP TABLE gen_records ON COMMIT DROP AS
SELECT md5('report-record-' || g.i || '-' || k)::uuid AS id, g.id AS individual_id, k, g.i, g.joined
FROM gen_individuals g CROSS JOIN generate_series(1, 5) AS k
WHERE NOT g.erased;

INSERT INTO datastore.records (id, individual_id, schema_id, category, provenance, provenance_tenant_id, version, created_at, updated_at)
SELECT r.id, r.individual_id,
       (ARRAY['hearth:contact', 'hearth:address', 'hearth:energy-contract', 'hearth:health-summary', 'hearth:note'])[r.k],
       (ARRAY['dpv-pd:Contact', 'dpv-pd:Address', 'dpv-pd:Utility', 'dpv-pd:HealthRecord', 'dpv-pd:Preference'])[r.k],
       CASE WHEN r.k = 3 THEN 'tenant' ELSE 'self' END,
       CASE WHEN r.k = 3 THEN md5('report-tenant-' || (r.i % :tenants + 1))::uuid END,
       1, r.joined, r.joined
FROM gen_records r;

INSERT INTO datastore.record_versions (record_id, version, title_ct, data_ct, author_kind, author_id, created_at)
SELECT r.id, 1, decode(repeat(md5(r.id::text), 3), 'hex'), decode(repeat(md5(r.id::text), 6), 'hex'), 'individual', r.individual_id::text, r.joined
FROM gen_records r;

CREATE TEMP TABLE gen_live ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY i) AS n, id FROM gen_individuals WHERE NOT erased;

CREATE TEMP TABLE gen_agreements ON COMMIT DROP AS
SELECT a, md5('report-agreement-' || a)::uuid AS id, l.id AS individual_id,
       md5('report-tenant-' || (a % :tenants + 1))::uuid AS tenant_id, a % :tenants + 1 AS tenant_i,
       (ARRAY['dpv:ServiceProvision', 'dpv:IdentityVerification', 'dpv:ResearchAndDevelopment', 'dpv:CustomerCare',
              'dpv:Personalisation', 'dpv:PublicBenefit'])[1 + a % 6] AS purpose,
       current_timestamp - interval '3 years' * (a::numeric / :agreements) AS granted_at,
       CASE WHEN a % 20 < 3 THEN current_timestamp - interval '3 years' * (a::numeric / :agreements) * random() END AS revoked_at,
       CASE WHEN a % 20 = 3 THEN current_timestamp - interval '1 day' * (a % 30 + 1) ELSE current_timestamp + interval '1 year' END AS expires_at
FROM generate_series(1, :agreements) AS a
JOIN gen_live l ON l.n = 1 + (a::bigint * 7919) % (SELECT count(*) FROM gen_live);

-- An erased individual's agreements: a few, all revoked when the account was erased.
INSERT INTO gen_agreements (a, id, individual_id, tenant_id, tenant_i, purpose, granted_at, revoked_at, expires_at)
SELECT :agreements + g.i, md5('report-agreement-erased-' || g.i)::uuid, g.id, md5('report-tenant-' || (g.i % :tenants + 1))::uuid,
       g.i % :tenants + 1, 'dpv:ServiceProvision', g.joined, i.erased_at, g.joined + interval '1 year'
FROM gen_individuals g JOIN datastore.individuals i ON i.id = g.id
WHERE g.erased;

INSERT INTO datastore.agreements (id, individual_id, tenant_id, data_request_id, subject_id, tenant_name, title, purpose, categories,
                                  access_modes, lawful_basis, policy_url, retention_days, granted_at, expires_at, revoked_at,
                                  consent_record, receipt_jws)
SELECT a.id, a.individual_id, a.tenant_id, md5('report-request-' || a.tenant_i || '-' || a.purpose)::uuid, 'report-subject-' || a.a,
       'Report tenant ' || a.tenant_i, 'Report agreement', a.purpose, ARRAY['dpv-pd:Contact', 'dpv-pd:Utility'], ARRAY['read', 'deliver'],
       'dpv:Consent', 'https://report.example/privacy', 365, a.granted_at, a.expires_at, a.revoked_at,
       '{"bench": true}'::jsonb, 'bench.receipt.unsigned'
FROM gen_agreements a;

INSERT INTO datastore.consent_events (agreement_id, event, occurred_at)
SELECT id, 'given', granted_at FROM gen_agreements
UNION ALL SELECT id, 'withdrawn', revoked_at FROM gen_agreements WHERE revoked_at IS NOT NULL
UNION ALL SELECT id, 'expired', expires_at FROM gen_agreements WHERE revoked_at IS NULL AND expires_at < current_timestamp;

INSERT INTO tenants.erasure_requests (id, tenant_id, subject_id, event_id, requested_at, acknowledged_at)
SELECT md5('report-erasure-' || a.a)::uuid, a.tenant_id, 'report-subject-' || a.a, md5('report-erasure-event-' || a.a)::uuid,
       a.revoked_at, a.revoked_at + interval '1 hour' * (1 + a.a % 96)
FROM gen_agreements a WHERE a.a > :agreements;

-- The billable acts of the last twelve months, on agreements live at the time.
CREATE TEMP TABLE gen_live_agreements ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY a) AS n, id, individual_id, tenant_id
FROM gen_agreements WHERE a <= :agreements AND revoked_at IS NULL AND expires_at > current_timestamp;

CREATE TEMP TABLE gen_events ON COMMIT DROP AS
SELECT e, la.id AS agreement_id, la.individual_id, la.tenant_id,
       date_trunc('hour', current_timestamp - interval '365 days' * random(), 'UTC') AS hour,
       CASE WHEN e % 100 < 73 THEN 'read' WHEN e % 100 < 98 THEN 'delivery' ELSE 'transaction' END AS act,
       1 + e % 20 AS records
FROM generate_series(1, :events) AS e
JOIN gen_live_agreements la ON la.n = 1 + (e::bigint * 104729) % (SELECT count(*) FROM gen_live_agreements);

INSERT INTO tenants.usage (tenant_id, metric, agreement_id, hour, quantity)
SELECT tenant_id, metric, agreement_id, hour, sum(quantity)
FROM (SELECT tenant_id, agreement_id, hour, 'consented_reads' AS metric, 1::numeric AS quantity FROM gen_events WHERE act = 'read'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'records_served', records FROM gen_events WHERE act = 'read'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'records_delivered', 1 FROM gen_events WHERE act = 'delivery'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'megabytes_exchanged', records * 0.002 FROM gen_events WHERE act <> 'transaction'
      UNION ALL SELECT tenant_id, agreement_id, hour, 'transaction_value', 40 + e % 200 FROM gen_events WHERE act = 'transaction') u
GROUP BY tenant_id, metric, agreement_id, hour
ORDER BY hour;  -- metering writes into the current hour, so a real table lies in hour order on disk

INSERT INTO datastore.access_log (individual_id, seq, occurred_at, actor_kind, actor_id, action, agreement_id, record_ids, categories,
                                  reason, prev_hash, hash)
SELECT individual_id, row_number() OVER (PARTITION BY individual_id ORDER BY hour, e), hour + (e % 3600) * interval '1 second',
       'tenant', tenant_id::text, 'read', agreement_id, ARRAY[md5('report-record-' || e)::uuid], ARRAY['dpv-pd:Contact'],
       'agreement', '\x00'::bytea, sha256(convert_to(e::text, 'UTF8'))
FROM gen_events WHERE act = 'read';

INSERT INTO datastore.access_log_heads (individual_id, seq, hash)
SELECT individual_id, max(seq), '\x00'::bytea FROM datastore.access_log GROUP BY individual_id
ON CONFLICT (individual_id) DO UPDATE SET seq = EXCLUDED.seq;

-- The server's roll-up started before this history existed and has already moved its cursor past
-- it: start it again from the first metered hour, as on a service that has metered all along.
DELETE FROM reporting.usage_by_day;
DELETE FROM reporting.usage_rollup;

SELECT 'generated', (SELECT count(*) FROM gen_individuals), (SELECT count(*) FROM gen_tenants), (SELECT count(*) FROM gen_agreements),
       (SELECT count(*) FROM gen_events), (SELECT count(*) FROM gen_records),
       (SELECT count(*) FROM tenants.usage), (SELECT count(*) FROM datastore.access_log);
COMMIT;
ANALYZE;
