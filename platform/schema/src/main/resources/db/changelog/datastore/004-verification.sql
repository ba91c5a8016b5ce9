--liquibase formatted sql

--changeset hearth:datastore-004-verification
-- A delivering tenant's signature over a digest of the record's content (never the content
-- itself, so the signature carries no personal data in clear).
ALTER TABLE datastore.records ADD COLUMN verification_jws TEXT;
--rollback ALTER TABLE datastore.records DROP COLUMN verification_jws;
