--liquibase formatted sql

--changeset hearth:datastore-013-vouched-by
-- A delivered record brought from another Hearth's export keeps its organisation's signature only
-- when the signature checks against that organisation's published key (issue 14). This Hearth
-- has no such organisation to name, so the record keeps the name the other Hearth gave it and
-- that Hearth's address, sealed under the person's data key like the record's content (who vouches
-- for a person's data says something about them).
ALTER TABLE datastore.records ADD COLUMN vouched_by_ct BYTEA;
--rollback ALTER TABLE datastore.records DROP COLUMN vouched_by_ct;

--changeset hearth:datastore-013-unchecked-imported-signatures
-- Before this change an imported record kept any organisation's signature whose digest matched its
-- content, without checking the signature: none of those was checked, so none is kept (the record
-- stays, unverified). Records brought in from now on keep one only when it checks (vouched_by_ct).
UPDATE datastore.records SET verification_jws = NULL
 WHERE provenance = 'import:hearth' AND vouched_by_ct IS NULL AND verification_jws IS NOT NULL;
--rollback SELECT 1;
