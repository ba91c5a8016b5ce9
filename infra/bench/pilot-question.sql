-- The pilot benchmark's platform data (infra/bench/pilot-question.sh; README "A pilot's question").
-- Run by psql as the embedded PostgreSQL's superuser against a running server, once.
--
-- Variables (psql -v): master_key_id, tenant (the public body's id, registered through the API),
-- pilot, request. The script has loaded the file PilotCohort.java wrote (one encrypted individual
-- a line) into public.bench_pilot_cohort with psql's \copy; it is dropped here.
--
--   * every individual of the file, with their wrapped data key (keys.data_keys) and one
--     health-summary record, really encrypted under that key (datastore.records, record_versions);
--   * the public body's approved pilot, running from yesterday for a month, and its aggregate-only
--     data request; each individual's agreement under it, as accepting the invitation writes it
--     (the receipt is not signed: nothing here verifies it).
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL synchronous_commit = off; -- a generator, not the platform: only its own rows are at stake

CREATE TEMP TABLE gen_cohort ON COMMIT DROP AS SELECT * FROM public.bench_pilot_cohort;
DROP TABLE public.bench_pilot_cohort;

INSERT INTO datastore.individuals (id, email_hash, password_hash, created_at)
SELECT individual_id, sha256(convert_to('pilot-individual-' || individual_id, 'UTF8')), 'not a hash: no sign-in', now() - interval '30 days'
FROM gen_cohort;

INSERT INTO keys.data_keys (individual_id, wrapped_key, master_key_id, key_version)
SELECT individual_id, decode(wrapped, 'hex'), :'master_key_id', 1 FROM gen_cohort;

INSERT INTO datastore.records (id, individual_id, schema_id, category, provenance, version, created_at, updated_at)
SELECT record_id, individual_id, 'hearth:health-summary/v1', 'dpv-pd:HealthRecord', 'self', 1, now() - interval '20 days', now() - interval '20 days'
FROM gen_cohort;

INSERT INTO datastore.record_versions (record_id, version, title_ct, data_ct, author_kind, author_id, created_at)
SELECT record_id, 1, decode(title, 'hex'), decode(data, 'hex'), 'individual', individual_id::text, now() - interval '20 days'
FROM gen_cohort;

INSERT INTO tenants.data_requests (id, tenant_id, code, title, purpose, description, categories, access_modes, duration_days,
                                   retention_days, lawful_basis, policy_url, ends_at)
VALUES (:'request', :'tenant', 'PILOTBENCH1', 'Active lives', 'dpv:ResearchAndDevelopment', 'Noisy statistics only.',
        ARRAY['dpv-pd:HealthRecord'], ARRAY['aggregate'], 60, 0, 'dpv:Consent', 'https://health.example/privacy', now() + interval '31 days');

INSERT INTO tenants.pilots (id, tenant_id, title, purpose, description, categories, fields, target_cohort, starts_on, ends_on,
                            funding_amount, funding_currency, status, decided_at, data_request_id, policy_url)
VALUES (:'pilot', :'tenant', 'Active lives', 'dpv:ResearchAndDevelopment', 'How active are we?', ARRAY['dpv-pd:HealthRecord'],
        '[{"schema":"hearth:health-summary/v1","field":"age","kind":"numeric","lower":0,"upper":120,"decimals":0,"bins":[0,30,60,90,120]},
          {"schema":"hearth:health-summary/v1","field":"steps","kind":"numeric","lower":0,"upper":20000,"decimals":0},
          {"schema":"hearth:health-summary/v1","field":"smoker","kind":"categorical","categories":["yes","no"]}]'::jsonb,
        100000, current_date - 1, current_date + 30, 250000, 'EUR', 'approved', now(), :'request', 'https://health.example/privacy');

INSERT INTO datastore.agreements (id, individual_id, tenant_id, data_request_id, subject_id, tenant_name, title, purpose, categories,
                                  access_modes, lawful_basis, policy_url, retention_days, granted_at, expires_at, consent_record, receipt_jws)
SELECT md5('pilot-agreement-' || individual_id)::uuid, individual_id, :'tenant', :'request', 'pilot-subject-' || individual_id,
       'Directorate of Health', 'Active lives', 'dpv:ResearchAndDevelopment', ARRAY['dpv-pd:HealthRecord'], ARRAY['aggregate'],
       'dpv:Consent', 'https://health.example/privacy', 0, now() - interval '10 days', now() + interval '31 days',
       '{"bench": true}'::jsonb, 'bench.receipt.unsigned'
FROM gen_cohort;

INSERT INTO datastore.consent_events (agreement_id, event, occurred_at)
SELECT md5('pilot-agreement-' || individual_id)::uuid, 'given', now() - interval '10 days' FROM gen_cohort;

COMMIT;
ANALYZE datastore.agreements;
ANALYZE datastore.records;
ANALYZE datastore.record_versions;
ANALYZE keys.data_keys;
SELECT 'generated', (SELECT count(*) FROM datastore.agreements WHERE data_request_id = :'request'),
       (SELECT count(*) FROM keys.data_keys), (SELECT count(*) FROM datastore.record_versions);
