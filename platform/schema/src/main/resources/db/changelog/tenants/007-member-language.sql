--liquibase formatted sql

--changeset hearth:tenants-007-member-language
-- The language a console member chose for the console's pages; NULL: never chosen (the browser's).
ALTER TABLE tenants.members ADD COLUMN locale TEXT CONSTRAINT members_locale_offered CHECK (locale IN ('en', 'fr'));
--rollback ALTER TABLE tenants.members DROP COLUMN locale;
