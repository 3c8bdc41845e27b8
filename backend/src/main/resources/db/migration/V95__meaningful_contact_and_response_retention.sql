-- T-3: when the professional was last warned that their profile expires for inactivity. A
-- warning counts for the sweep only when it was sent after the last meaningful contact.
ALTER TABLE subject ADD COLUMN inactivity_warned_at timestamptz;

-- T-1, R-4: the respondent answered "keep my response for a year" to the question in the
-- closing mail; without an answer the response goes 4 weeks after the procedure closed.
ALTER TABLE response ADD COLUMN kept_at timestamptz;

-- R-4: the mails that carry this one response (the poster's copy and the respondent's own), so
-- that its erasure redacts exactly those and not other mail about the same person. No foreign
-- key: the outbox deletes a person's own mail at their erasure, and a message that is gone has
-- nothing left to redact.
ALTER TABLE response ADD COLUMN forwarded_message_id uuid;
ALTER TABLE response ADD COLUMN copy_message_id uuid;

-- T-1: the response sweeps select by the assignment's closing time.
CREATE INDEX assignment_closed_idx ON assignment (closed_at) WHERE closed_at IS NOT NULL;
