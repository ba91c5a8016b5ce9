--liquibase formatted sql

--changeset hearth:datastore-005-language
-- The language an individual chose for the pages (issue 10 §5: chosen from the account, then
-- Accept-Language, then the switch on the page). NULL means never chosen: the pages then follow
-- the browser. The column existed as NOT NULL DEFAULT 'en', written by nobody, so every stored
-- 'en' is a default nobody chose; they become NULL.
ALTER TABLE datastore.individuals ALTER COLUMN locale DROP NOT NULL, ALTER COLUMN locale DROP DEFAULT;
UPDATE datastore.individuals SET locale = NULL;
ALTER TABLE datastore.individuals ADD CONSTRAINT individuals_locale_offered CHECK (locale IN ('en', 'fr'));
--rollback ALTER TABLE datastore.individuals DROP CONSTRAINT individuals_locale_offered; UPDATE datastore.individuals SET locale = 'en' WHERE locale IS NULL; ALTER TABLE datastore.individuals ALTER COLUMN locale SET DEFAULT 'en', ALTER COLUMN locale SET NOT NULL;
