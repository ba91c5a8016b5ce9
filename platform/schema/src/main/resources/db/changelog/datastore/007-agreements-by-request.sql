--liquibase formatted sql

--changeset hearth:datastore-007-agreements-by-request
-- A pilot's question reads every live agreement under one data request (issue 13): at a hundred
-- thousand participants that is an index range, not a scan of every agreement on the platform.
CREATE INDEX agreements_live_by_request ON datastore.agreements (data_request_id, individual_id) WHERE revoked_at IS NULL;
--rollback DROP INDEX datastore.agreements_live_by_request;
