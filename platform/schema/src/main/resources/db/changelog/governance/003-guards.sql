--liquibase formatted sql

--changeset hearth:governance-003-guards splitStatements:false
-- Second guards found missing in review: the books and the minutes must stay final even for
-- SQL the application did not mean to write.

-- Lines join an entry only in the transaction that posted it (now() is the transaction's start,
-- the same for every statement in it), so no balanced pair can be slipped into an old entry.
CREATE FUNCTION governance.lines_with_their_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM governance.journal_entries WHERE id = NEW.entry_id AND posted_at = now()) THEN
    RAISE EXCEPTION 'journal entry % is already posted and final: lines cannot be added to it', NEW.entry_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER journal_lines_with_their_entry BEFORE INSERT ON governance.journal_lines
  FOR EACH ROW EXECUTE FUNCTION governance.lines_with_their_entry();

-- A closed year stays closed with the result it was closed with; only the approval of its
-- annual report may be recorded later, once.
CREATE FUNCTION governance.closed_year_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'financial years are never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'closed' AND (NEW.status <> 'closed' OR NEW.surplus IS DISTINCT FROM OLD.surplus
      OR NEW.starts_on <> OLD.starts_on OR NEW.ends_on <> OLD.ends_on
      OR (OLD.annual_report_resolution_id IS NOT NULL AND NEW.annual_report_resolution_id IS DISTINCT FROM OLD.annual_report_resolution_id)) THEN
    RAISE EXCEPTION 'the financial year starting % is closed and final', OLD.starts_on USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER financial_years_final BEFORE UPDATE OR DELETE ON governance.financial_years
  FOR EACH ROW EXECUTE FUNCTION governance.closed_year_final();

-- What was put to the vote, and when, cannot change afterwards; no vote after the count.
CREATE TRIGGER resolutions_immutable BEFORE UPDATE OR DELETE ON governance.resolutions
  FOR EACH ROW EXECUTE FUNCTION governance.refuse_rewrite();
CREATE TRIGGER meetings_immutable BEFORE UPDATE OR DELETE ON governance.meetings
  FOR EACH ROW EXECUTE FUNCTION governance.refuse_rewrite();
CREATE FUNCTION governance.no_vote_after_result() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM governance.resolution_results WHERE resolution_id = NEW.resolution_id) THEN
    RAISE EXCEPTION 'resolution % has been decided: no more votes', NEW.resolution_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER votes_before_result BEFORE INSERT ON governance.votes
  FOR EACH ROW EXECUTE FUNCTION governance.no_vote_after_result();

-- A resolution authorises one operation.
CREATE UNIQUE INDEX dividends_one_per_resolution ON governance.dividends (resolution_id);
CREATE UNIQUE INDEX share_interest_one_per_resolution ON governance.share_interest (resolution_id);
CREATE UNIQUE INDEX annual_report_one_per_resolution ON governance.financial_years (annual_report_resolution_id);

-- Who entered each vote (the board's secretary), beside whose vote it is.
ALTER TABLE governance.votes ADD COLUMN recorded_by TEXT;
--rollback ALTER TABLE governance.votes DROP COLUMN recorded_by; DROP INDEX governance.annual_report_one_per_resolution; DROP INDEX governance.share_interest_one_per_resolution; DROP INDEX governance.dividends_one_per_resolution; DROP TRIGGER votes_before_result ON governance.votes; DROP FUNCTION governance.no_vote_after_result(); DROP TRIGGER meetings_immutable ON governance.meetings; DROP TRIGGER resolutions_immutable ON governance.resolutions; DROP TRIGGER financial_years_final ON governance.financial_years; DROP FUNCTION governance.closed_year_final(); DROP TRIGGER journal_lines_with_their_entry ON governance.journal_lines; DROP FUNCTION governance.lines_with_their_entry();
