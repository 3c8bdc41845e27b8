-- K-1, K-2: a candidate's contact request to the coach network. The candidate's contact details
-- are kept here as the candidate entered them and leave the platform only to the one coach who
-- accepts; the coach's name is what the candidate is told.
CREATE TABLE contact_request (
    id                     uuid PRIMARY KEY,
    subject_id             uuid          NOT NULL REFERENCES subject (id),
    topics                 text[]        NOT NULL,
    motivation             varchar(2000) NOT NULL,
    -- Whether the candidate approved showing the motivation to coaches before acceptance.
    share_motivation       boolean       NOT NULL,
    contact_name           varchar(100)  NOT NULL,
    contact_email          varchar(320)  NOT NULL,
    contact_phone          varchar(32),
    status                 varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED')),
    coach_subject_id       uuid          REFERENCES subject (id),
    coach_name             varchar(200),
    created_at             timestamptz   NOT NULL,
    expires_at             timestamptz   NOT NULL,
    accepted_at            timestamptz,
    CHECK ((status = 'OPEN') = (accepted_at IS NULL))
);
CREATE INDEX contact_request_open_idx ON contact_request (status, created_at, id);
CREATE INDEX contact_request_subject_idx ON contact_request (subject_id);
CREATE INDEX contact_request_coach_idx ON contact_request (coach_subject_id);

-- K-3: a member of a verified organisation asks for an introduction to an anonymous profile.
CREATE TABLE introduction (
    id                     uuid PRIMARY KEY,
    subject_id             uuid          NOT NULL REFERENCES subject (id),
    profile_id             uuid          NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    organisation_id        uuid          NOT NULL REFERENCES organisation (id),
    requester_subject_id   uuid          REFERENCES subject (id),
    requester_name         varchar(200),
    message                varchar(2000) NOT NULL,
    status                 varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED')),
    created_at             timestamptz   NOT NULL,
    expires_at             timestamptz   NOT NULL,
    decided_at             timestamptz
);
-- One open request per organisation and profile.
CREATE UNIQUE INDEX introduction_open_once_idx ON introduction (organisation_id, profile_id) WHERE status = 'OPEN';
CREATE INDEX introduction_subject_idx ON introduction (subject_id, created_at DESC);
CREATE INDEX introduction_organisation_idx ON introduction (organisation_id, created_at DESC);
CREATE INDEX introduction_expiry_idx ON introduction (expires_at);

-- O-2: colleagues. A member has a public id of its own so colleagues never see subject ids, and
-- the name colleagues know them by (from their login when they joined).
ALTER TABLE organisation_member ADD COLUMN member_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid();
ALTER TABLE organisation_member ADD COLUMN display_name varchar(200);

-- O-2: a single-use invitation by e-mail; only a hash of the link's token is kept.
CREATE TABLE organisation_invitation (
    id                     uuid PRIMARY KEY,
    organisation_id        uuid          NOT NULL REFERENCES organisation (id),
    email                  varchar(320)  NOT NULL,
    token_hash             varchar(64)   NOT NULL UNIQUE,
    inviter_subject_id     uuid          REFERENCES subject (id),
    created_at             timestamptz   NOT NULL,
    expires_at             timestamptz   NOT NULL
);
CREATE INDEX organisation_invitation_org_idx ON organisation_invitation (organisation_id);

-- O-2: a client asks to join an organisation by its KvK number; a member approves or declines.
CREATE TABLE organisation_join_request (
    id                     uuid PRIMARY KEY,
    organisation_id        uuid          NOT NULL REFERENCES organisation (id),
    subject_id             uuid          NOT NULL UNIQUE REFERENCES subject (id),
    display_name           varchar(200),
    email                  varchar(320),
    created_at             timestamptz   NOT NULL
);
CREATE INDEX organisation_join_request_org_idx ON organisation_join_request (organisation_id);

-- O-2: contact and CV releases per organisation per day, counted atomically (one row per day).
CREATE TABLE organisation_release_count (
    organisation_id        uuid          NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    day                    date          NOT NULL,
    releases               integer       NOT NULL,
    PRIMARY KEY (organisation_id, day)
);
