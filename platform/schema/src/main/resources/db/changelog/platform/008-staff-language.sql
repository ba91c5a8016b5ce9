--liquibase formatted sql

--changeset hearth:platform-008-staff-language
-- The language a staff member chose for the staff pages; NULL: never chosen (the browser's).
ALTER TABLE platform.staff ADD COLUMN locale TEXT CONSTRAINT staff_locale_offered CHECK (locale IN ('en', 'fr'));
--rollback ALTER TABLE platform.staff DROP COLUMN locale;
