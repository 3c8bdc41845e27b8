-- D-5: a restricted respondent's responses are kept but no longer shown to the poster.
ALTER TABLE response ADD COLUMN restricted boolean NOT NULL DEFAULT false;
