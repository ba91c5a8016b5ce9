--liquibase formatted sql

--changeset hearth:governance-007-pilot-funding
-- A pilot's funding, once received, is booked as grant revenue from the outbox by the same poster
-- as billing's revenue (issue 13): its event type joins the closed set the poster records.
ALTER TABLE governance.billing_postings DROP CONSTRAINT billing_postings_event_type_check;
ALTER TABLE governance.billing_postings ADD CONSTRAINT billing_postings_event_type_check
  CHECK (event_type IN ('invoice.issued', 'invoice.payment_recorded', 'invoice.credited', 'pilot.funding_received'));
--rollback ALTER TABLE governance.billing_postings DROP CONSTRAINT billing_postings_event_type_check; ALTER TABLE governance.billing_postings ADD CONSTRAINT billing_postings_event_type_check CHECK (event_type IN ('invoice.issued', 'invoice.payment_recorded', 'invoice.credited'));
