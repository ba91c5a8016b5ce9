--liquibase formatted sql

--changeset hearth:governance-006-billing-revenue
-- Revenue from billing (issue 11): governance books tenants' invoices, payments and credit notes
-- from the outbox, so neither module depends on the other. Three kinds only the platform books
-- (never by hand), the closed set checked again by the schema (EntryKind keeps it in step).
ALTER TABLE governance.journal_entries DROP CONSTRAINT journal_entries_kind_known;
ALTER TABLE governance.journal_entries ADD CONSTRAINT journal_entries_kind_known CHECK (kind IN (
  'revenue', 'cost', 'grant', 'donation', 'share_capital', 'adjustment', 'payment',
  'reversal', 'closing', 'reserve_allocation', 'dividend', 'share_interest', 'loan',
  'interest', 'asset_transfer', 'project_allocation', 'project_spending',
  'invoice_issued', 'invoice_payment', 'credit_note'));

-- The poster's own durable cursor over platform.outbox_events (governance keeps its own, as
-- tenants' webhook fan-out keeps its own: each consumer moves at its pace).
CREATE TABLE governance.outbox_cursors (
  name     TEXT   PRIMARY KEY,
  last_id  BIGINT NOT NULL CHECK (last_id >= 0)
);

-- One row per billing event the poster has handled, written in the transaction that posts its
-- entry: the primary key on the event id is what makes a replay post nothing twice. An event
-- that cannot be booked (a malformed payload, another currency than the ledger's, amounts that
-- do not add up) is recorded as rejected with the reason, for operators, and never blocks the
-- events behind it.
CREATE TABLE governance.billing_postings (
  event_id     UUID        PRIMARY KEY,
  outbox_id    BIGINT      NOT NULL,
  event_type   TEXT        NOT NULL CHECK (event_type IN ('invoice.issued', 'invoice.payment_recorded', 'invoice.credited')),
  outcome      TEXT        NOT NULL CHECK (outcome IN ('posted', 'nothing_to_post', 'rejected')),
  entry_id     UUID        UNIQUE REFERENCES governance.journal_entries (id),
  reason       TEXT        CHECK (length(reason) <= 1000),
  recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK ((outcome = 'posted') = (entry_id IS NOT NULL)),
  CHECK ((outcome = 'rejected') = (reason IS NOT NULL))
);
CREATE INDEX billing_postings_rejected ON governance.billing_postings (recorded_at) WHERE outcome = 'rejected';

SELECT platform.require_an_actor('governance.outbox_cursors');
SELECT platform.require_an_actor('governance.billing_postings');
--rollback DROP TABLE governance.billing_postings; DROP TABLE governance.outbox_cursors; ALTER TABLE governance.journal_entries DROP CONSTRAINT journal_entries_kind_known; ALTER TABLE governance.journal_entries ADD CONSTRAINT journal_entries_kind_known CHECK (kind IN ('revenue', 'cost', 'grant', 'donation', 'share_capital', 'adjustment', 'payment', 'reversal', 'closing', 'reserve_allocation', 'dividend', 'share_interest', 'loan', 'interest', 'asset_transfer', 'project_allocation', 'project_spending'));
