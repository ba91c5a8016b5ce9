--liquibase formatted sql

--changeset hearth:governance-004-project-spending
-- Money spent on a community project out of what was set aside for it: the expense is booked,
-- and the same amount leaves the reserve for community projects, never more than allocated.
CREATE TABLE governance.project_spending (
  id              UUID          PRIMARY KEY,
  project_id      UUID          NOT NULL REFERENCES governance.community_projects (id),
  spent_on        DATE          NOT NULL,
  amount          NUMERIC(19,2) NOT NULL CHECK (amount > 0),
  expense_account TEXT          NOT NULL REFERENCES governance.accounts (code),
  entry_id        UUID          NOT NULL REFERENCES governance.journal_entries (id)
);
CREATE INDEX project_spending_by_project ON governance.project_spending (project_id);
--rollback DROP TABLE governance.project_spending;
