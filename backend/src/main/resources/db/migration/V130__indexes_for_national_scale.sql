-- Issue 14: an index for every filter and keyset order of the public search, the feed, the
-- client profile search and the lists of responses and assignments; QueryPlanTest explains the
-- statements the endpoints run against generated data and fails on a sequential scan.

-- The public text search matches each word anywhere in the title, the description or the skills,
-- also inside a word: Dutch compounds hide the word people type ("ontwikkelaar" in
-- "softwareontwikkelaar"), which a full-text search (stems, prefixes at most) would miss. A
-- trigram index serves ILIKE '%word%' for words of three characters or more. pg_trgm is a
-- trusted extension: the database owner may create it. Only published assignments are searched.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One text per assignment; the query uses this same call, so the index matches it. Declared
-- immutable (array_to_string is only stable because of other element types; for text[] it is not).
CREATE FUNCTION assignment_search_text(title text, description text, skills text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT title || ' ' || description || ' ' || array_to_string(skills, ' ') $$;

CREATE INDEX assignment_public_text_idx ON assignment
    USING gin (assignment_search_text(title, description, skills) gin_trgm_ops)
    WHERE status = 'PUBLISHED';

-- The skill filter (any of the given skills: &&).
CREATE INDEX assignment_public_skills_idx ON assignment USING gin (skills) WHERE status = 'PUBLISHED';

-- Region prefix and province: both by the first two characters of the postcode area (a prefix
-- has two at least); then the rate and start filters.
CREATE INDEX assignment_public_area_idx ON assignment ((substr(region, 1, 2))) WHERE status = 'PUBLISHED';
CREATE INDEX assignment_public_rate_max_idx ON assignment (rate_max_cents) WHERE status = 'PUBLISHED';
CREATE INDEX assignment_public_start_date_idx ON assignment (start_date) WHERE status = 'PUBLISHED';

-- An organisation's assignments, newest first, keyset on (created_at, id): no sort step.
CREATE INDEX assignment_org_keyset_idx ON assignment (organisation_id, created_at DESC, id DESC);
DROP INDEX assignment_org_idx;

-- P-4: profiles others may see, newest change first, keyset on (updated_at, id). The old index
-- led with visibility, which a "visibility <> 'HIDDEN'" condition cannot use for the order.
CREATE INDEX profile_shown_keyset_idx ON profile (updated_at DESC, id DESC)
    WHERE visibility <> 'HIDDEN' AND NOT restricted;
DROP INDEX profile_search_idx;

-- R-3: a respondent's responses, newest first, keyset on (created_at, id): no sort step.
CREATE INDEX response_respondent_keyset_idx ON response (respondent_subject_id, created_at DESC, id DESC);
DROP INDEX response_respondent_idx;
