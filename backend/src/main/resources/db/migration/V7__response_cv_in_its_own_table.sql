-- Issue 8: a poster's list of responses selects what it shows and never reads a CV's bytes.
-- The file moves to its own table, read only when the CV itself is asked for; its name and
-- type stay with the response, which the list shows ("has a CV").
CREATE TABLE response_cv (
    response_id  uuid  PRIMARY KEY REFERENCES response (id) ON DELETE CASCADE,
    content      bytea NOT NULL
);
INSERT INTO response_cv (response_id, content)
    SELECT id, cv_content FROM response WHERE cv_content IS NOT NULL;
ALTER TABLE response DROP COLUMN cv_content;
-- Keyset lists: a respondent's responses newest first, an assignment's oldest first.
CREATE INDEX response_assignment_created_idx ON response (assignment_id, created_at, id);
CREATE INDEX placement_assignment_created_idx ON placement (assignment_id, created_at, id);
