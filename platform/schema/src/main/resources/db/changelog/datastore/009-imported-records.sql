--liquibase formatted sql

--changeset hearth:datastore-009-imported-records
-- Records brought in from a file the person uploaded (issue 14): their provenance names the
-- format they came from ('import:vcard', 'import:ical', 'import:linky', 'import:gpx',
-- 'import:fhir'), never the file's name, which may say more than the person meant to keep.
ALTER TABLE datastore.records DROP CONSTRAINT records_provenance_check;
ALTER TABLE datastore.records ADD CONSTRAINT records_provenance_check
  CHECK (provenance IN ('self', 'tenant') OR provenance ~ '^import:[a-z0-9-]{1,20}$');
--rollback ALTER TABLE datastore.records DROP CONSTRAINT records_provenance_check; ALTER TABLE datastore.records ADD CONSTRAINT records_provenance_check CHECK (provenance IN ('self', 'tenant'));
