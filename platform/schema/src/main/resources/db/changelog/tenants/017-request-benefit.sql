--liquibase formatted sql

--changeset hearth:tenants-017-request-benefit
-- What the person gets in return for sharing (issue 14): the request review page says it in the
-- organisation's words, next to why, what and for how long. Optional: NULL says nothing is offered
-- beyond the service itself, and the page says so.
ALTER TABLE tenants.data_requests ADD COLUMN benefit TEXT CHECK (length(benefit) BETWEEN 1 AND 500);
--rollback ALTER TABLE tenants.data_requests DROP COLUMN benefit;
