-- D-5: a restricted candidate's open contact requests leave the coaches' list and cannot be
-- accepted (their contact details are not released) until the restriction ends.
ALTER TABLE contact_request ADD COLUMN restricted boolean NOT NULL DEFAULT false;
