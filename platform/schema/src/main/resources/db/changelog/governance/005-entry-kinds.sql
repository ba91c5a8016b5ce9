--liquibase formatted sql

--changeset hearth:governance-005-entry-kinds
-- The closed sets the Java enums name, checked by the database too: a journal entry's kind
-- (org.hearth.governance.ledger.EntryKind) and an asset transfer's basis (AssetLockDecision.Basis).
-- Added as validated constraints, so the migration fails on any existing row outside the set
-- rather than leaving one behind; the ledger is append-only, so no row can later drift.
ALTER TABLE governance.journal_entries ADD CONSTRAINT journal_entries_kind_known CHECK (kind IN (
  'revenue', 'cost', 'grant', 'donation', 'share_capital', 'adjustment', 'payment',
  'reversal', 'closing', 'reserve_allocation', 'dividend', 'share_interest', 'loan',
  'interest', 'asset_transfer', 'project_allocation', 'project_spending'));
ALTER TABLE governance.asset_transfers ADD CONSTRAINT asset_transfers_basis_known CHECK (basis IN (
  'full_consideration', 'named_asset_locked_body', 'regulator_consent', 'community_benefit'));
--rollback ALTER TABLE governance.asset_transfers DROP CONSTRAINT asset_transfers_basis_known; ALTER TABLE governance.journal_entries DROP CONSTRAINT journal_entries_kind_known;
