--liquibase formatted sql

--changeset hearth:datastore-008-access-log-heads-fillfactor
-- Each access-log append moves its individual's head (seq and hash, neither indexed). With room
-- left on each page, PostgreSQL updates the head in place (a HOT update: no new index entry),
-- which is most of what a pilot's question costs when it appends to 100,000 chains at once
-- (infra/bench, "A pilot's question"). Pages written from now on keep 30% free.
ALTER TABLE datastore.access_log_heads SET (fillfactor = 70);
--rollback ALTER TABLE datastore.access_log_heads RESET (fillfactor);
