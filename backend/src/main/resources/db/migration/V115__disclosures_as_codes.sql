-- Issue 16: "who received my data" reads in the subject's language. A disclosure's recipient is
-- stored as a kind code plus a name (organisation name or assignment title), and its purpose as a
-- code; the SPA words them. Existing rows written as English sentences are turned into codes.

ALTER TABLE disclosure RENAME COLUMN recipient_label TO recipient_name;
ALTER TABLE disclosure ALTER COLUMN recipient_name DROP NOT NULL;
ALTER TABLE disclosure ADD COLUMN recipient_kind varchar(30);

UPDATE disclosure
   SET recipient_kind = 'coach-network', recipient_name = NULL
 WHERE recipient_name = 'Werkbank coach network';

UPDATE disclosure
   SET recipient_kind = 'assignment-poster',
       recipient_name = substring(recipient_name FROM '^the poster of "(.*)"$')
 WHERE recipient_name LIKE 'the poster of "%"';

UPDATE disclosure SET recipient_kind = 'organisation' WHERE recipient_kind IS NULL;

ALTER TABLE disclosure ALTER COLUMN recipient_kind SET NOT NULL;
ALTER TABLE disclosure ADD CONSTRAINT disclosure_recipient_kind
    CHECK (recipient_kind IN ('organisation', 'assignment-poster', 'coach-network'));
ALTER TABLE disclosure ADD CONSTRAINT disclosure_recipient_named
    CHECK (recipient_kind = 'coach-network' OR recipient_name IS NOT NULL);

UPDATE disclosure SET purpose = 'application' WHERE purpose = 'application for an assignment';
ALTER TABLE disclosure ADD CONSTRAINT disclosure_purpose_code
    CHECK (purpose IN ('recruitment', 'coaching', 'application'));
