--liquibase formatted sql

--changeset hearth:tenants-018-organisation-verification
-- Whether the platform checked who an organisation is (issue 14: the review page says so): when,
-- by which member of staff, and against what (a public register and the organisation's number in
-- it, e.g. "Companies House 01234567" or "SIRENE 123 456 789"). All three or none; withdrawing a
-- verification clears them (the audit log keeps who did what).
ALTER TABLE tenants.tenants ADD COLUMN verified_at TIMESTAMPTZ, ADD COLUMN verified_by UUID,
  ADD COLUMN verification_evidence TEXT CHECK (length(verification_evidence) BETWEEN 1 AND 300),
  ADD CONSTRAINT tenants_verification_whole CHECK ((verified_at IS NULL) = (verified_by IS NULL) AND (verified_at IS NULL) = (verification_evidence IS NULL));
--rollback ALTER TABLE tenants.tenants DROP CONSTRAINT tenants_verification_whole, DROP COLUMN verification_evidence, DROP COLUMN verified_by, DROP COLUMN verified_at;
