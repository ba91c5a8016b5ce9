-- One financial year of the report benchmark's books (infra/bench/report-volume.sh), written by
-- psql as the embedded PostgreSQL's superuser into a year the platform opened; the script then
-- closes it through the API, which books the closing and opens the next year.
--
-- Variables (psql -v): year ('2021-04-01', the year's first day), upto (its last day, or
-- yesterday for the current year), tenants (1000).
--
-- Every month: each paying tenant's invoice (receivables against subscriptions, usage fees and
-- VAT; sandbox tenants pay nothing) and its payment a fortnight later, as billing books them;
-- the month's staff, hosting, professional and premises costs; a grant each quarter. About 1,250
-- entries and 2,900 lines a month for 1,000 tenants. Lines join their entry in its transaction,
-- as governance's guard requires.
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL synchronous_commit = off;

CREATE TEMP TABLE gen_entries ON COMMIT DROP AS
WITH y AS (SELECT id FROM governance.financial_years WHERE starts_on = date :'year'),
months AS (SELECT m::date AS month FROM generate_series(date :'year', date :'upto', interval '1 month') AS m),
paying AS (SELECT i, CASE WHEN i % 10 = 0 THEN 490.00 ELSE 49.00 END AS subscription
           FROM generate_series(1, :tenants) AS i WHERE i % 10 IN (0, 1, 3, 5, 7))
SELECT md5('report-invoice-' || p.i || '-' || mo.month)::uuid AS id, mo.month + 0 AS entry_date, 'revenue' AS kind,
       'Invoice to report tenant ' || p.i AS description, p.i, mo.month, p.subscription,
       round((p.subscription * (0.2 + (p.i * 37 + extract(month FROM mo.month)::int * 11) % 100 / 100.0))::numeric, 2) AS usage_fee,
       (SELECT id FROM y) AS year_id
FROM months mo CROSS JOIN paying p
UNION ALL
SELECT md5('report-payment-' || p.i || '-' || mo.month)::uuid, least(mo.month + 14, date :'upto'), 'payment',
       'Payment from report tenant ' || p.i, p.i, mo.month, p.subscription,
       round((p.subscription * (0.2 + (p.i * 37 + extract(month FROM mo.month)::int * 11) % 100 / 100.0))::numeric, 2), (SELECT id FROM y)
FROM months mo CROSS JOIN paying p
UNION ALL
SELECT md5('report-cost-' || c.account || '-' || mo.month)::uuid, least(mo.month + 27, date :'upto'), 'cost', c.name || ' for the month',
       c.account::int, mo.month, c.amount, 0, (SELECT id FROM y)
FROM months mo CROSS JOIN (VALUES ('5000', 'Staff costs', 21000.00), ('5100', 'Hosting', 3200.00), ('5200', 'Professional fees', 1400.00),
                                  ('5300', 'Premises', 1800.00)) AS c(account, name, amount)
UNION ALL
SELECT md5('report-grant-' || mo.month)::uuid, mo.month + 5, 'grant', 'Quarterly grant', 4300, mo.month, 6000.00, 0, (SELECT id FROM y)
FROM months mo WHERE extract(month FROM mo.month)::int % 3 = 1;

INSERT INTO governance.journal_entries (id, entry_date, document_date, year_id, kind, description, justification, author, currency)
SELECT id, entry_date, entry_date, year_id, kind, description, 'report benchmark data', 'staff:bench', 'GBP'
FROM gen_entries ORDER BY entry_date, id;

INSERT INTO governance.journal_lines (entry_id, line_no, account_code, debit, credit)
SELECT id, 1, '1100', subscription + usage_fee + round((subscription + usage_fee) * 0.2, 2), 0 FROM gen_entries WHERE kind = 'revenue'
UNION ALL SELECT id, 2, '4000', 0, subscription FROM gen_entries WHERE kind = 'revenue'
UNION ALL SELECT id, 3, '4100', 0, usage_fee FROM gen_entries WHERE kind = 'revenue'
UNION ALL SELECT id, 4, '2400', 0, round((subscription + usage_fee) * 0.2, 2) FROM gen_entries WHERE kind = 'revenue'
UNION ALL SELECT id, 1, '1000', subscription + usage_fee + round((subscription + usage_fee) * 0.2, 2), 0 FROM gen_entries WHERE kind = 'payment'
UNION ALL SELECT id, 2, '1100', 0, subscription + usage_fee + round((subscription + usage_fee) * 0.2, 2) FROM gen_entries WHERE kind = 'payment'
UNION ALL SELECT id, 1, i::text, subscription, 0 FROM gen_entries WHERE kind = 'cost'
UNION ALL SELECT id, 2, '1000', 0, subscription FROM gen_entries WHERE kind = 'cost'
UNION ALL SELECT id, 1, '1000', subscription, 0 FROM gen_entries WHERE kind = 'grant'
UNION ALL SELECT id, 2, '4300', 0, subscription FROM gen_entries WHERE kind = 'grant';

SELECT 'ledger', (SELECT count(*) FROM gen_entries), (SELECT count(*) FROM governance.journal_lines l JOIN gen_entries e ON e.id = l.entry_id);
COMMIT;
