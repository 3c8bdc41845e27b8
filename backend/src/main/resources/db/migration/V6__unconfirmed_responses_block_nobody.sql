-- R-1: only forwarded responses count as "the active response" of an address; an unconfirmed
-- one filed under someone else's address must not block that person (S-4).
DROP INDEX response_one_active_idx;
CREATE UNIQUE INDEX response_one_active_idx ON response (assignment_id, lower(respondent_email))
    WHERE status NOT IN ('WITHDRAWN', 'PENDING_VERIFICATION');
CREATE INDEX response_unverified_idx ON response (created_at) WHERE status = 'PENDING_VERIFICATION';
