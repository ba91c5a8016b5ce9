--liquibase formatted sql

--changeset hearth:tenants-005-member-invitations
-- An admin invites a colleague with a role; the colleague opens the one-time link and chooses
-- a password, which only they ever know. The link's token is stored as a SHA-256 digest.
CREATE TABLE tenants.member_invitations (
  id           UUID        PRIMARY KEY,
  tenant_id    UUID        NOT NULL REFERENCES tenants.tenants (id),
  email        TEXT        NOT NULL CHECK (email = lower(email)),
  role         TEXT        NOT NULL CHECK (role IN ('admin','developer','analyst')),
  token_hash   BYTEA       NOT NULL UNIQUE,
  invited_by   TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at   TIMESTAMPTZ NOT NULL,
  accepted_at  TIMESTAMPTZ,
  withdrawn_at TIMESTAMPTZ
);
CREATE INDEX member_invitations_by_tenant ON tenants.member_invitations (tenant_id, created_at);
ALTER TABLE tenants.member_invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants.member_invitations
  USING (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text)
  WITH CHECK (coalesce(nullif(current_setting('hearth.tenant_id', true), ''), tenant_id::text) = tenant_id::text);
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants.member_invitations TO hearth_app;
--rollback DROP TABLE tenants.member_invitations;
