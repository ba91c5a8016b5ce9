--liquibase formatted sql

--changeset hearth:datastore-006-notices splitStatements:false
-- Notices to an individual, shown on their dashboard until read and kept in their notices list
-- (today: breach notices under GDPR art. 34, sent by operators through datastore's public
-- IndividualNotices service; the datastore does not know who sends them). An individual sees and
-- marks read their own notices (hearth.individual_id); the system scope writes them.
CREATE TABLE datastore.notices (
  id            UUID        PRIMARY KEY,
  individual_id UUID        NOT NULL REFERENCES datastore.individuals (id) ON DELETE CASCADE,
  -- What the notice is about, e.g. 'breach:<uuid>' (one notice per individual and source).
  source        TEXT        NOT NULL CHECK (length(source) BETWEEN 1 AND 100),
  text_en       TEXT        NOT NULL CHECK (length(btrim(text_en)) BETWEEN 1 AND 4000),
  text_fr       TEXT        NOT NULL CHECK (length(btrim(text_fr)) BETWEEN 1 AND 4000),
  created_at    TIMESTAMPTZ NOT NULL,
  read_at       TIMESTAMPTZ,
  UNIQUE (individual_id, source)
);
CREATE INDEX notices_by_owner ON datastore.notices (individual_id, created_at DESC);
ALTER TABLE datastore.notices ENABLE ROW LEVEL SECURITY;
ALTER TABLE datastore.notices FORCE ROW LEVEL SECURITY;
CREATE POLICY own_or_system ON datastore.notices
  USING (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true))
  WITH CHECK (current_setting('hearth.scope', true) = 'system' OR individual_id::text = current_setting('hearth.individual_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON datastore.notices TO hearth_app;
SELECT platform.require_an_actor('datastore.notices');
--rollback DROP TABLE datastore.notices;
