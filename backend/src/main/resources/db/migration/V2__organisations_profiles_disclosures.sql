-- O-1, O-2: client organisations and their members.
CREATE TABLE organisation (
    id           uuid PRIMARY KEY,
    name         varchar(200) NOT NULL,
    kvk_number   varchar(8)   NOT NULL UNIQUE CHECK (kvk_number ~ '^[0-9]{8}$'),
    verified_at  timestamptz,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX organisation_created_idx ON organisation (created_at, id);

-- A client belongs to one organisation; the link is the subject of their login.
CREATE TABLE organisation_member (
    subject_id       uuid PRIMARY KEY REFERENCES subject (id),
    organisation_id  uuid        NOT NULL REFERENCES organisation (id),
    joined_at        timestamptz NOT NULL
);
CREATE INDEX organisation_member_org_idx ON organisation_member (organisation_id);

-- P-1, P-2: one profile per professional. The profile's own id is what other people see; it
-- never equals or reveals the subject id.
CREATE TABLE profile (
    id                  uuid PRIMARY KEY,
    subject_id          uuid         NOT NULL UNIQUE REFERENCES subject (id),
    visibility          varchar(10)  NOT NULL CHECK (visibility IN ('HIDDEN', 'ANONYMOUS', 'MEMBERS')),
    -- D-5: set by the privacy feature through ProfileDataHandler.restrict; hides the profile from others.
    restricted          boolean      NOT NULL DEFAULT false,
    display_name        varchar(100) NOT NULL,
    headline            varchar(150) NOT NULL,
    summary             varchar(4000),
    free_text_public    boolean      NOT NULL DEFAULT false,
    skills              text[]       NOT NULL DEFAULT '{}',
    experience          jsonb        NOT NULL DEFAULT '[]',
    education           jsonb        NOT NULL DEFAULT '[]',
    region              varchar(6)   NOT NULL CHECK (region ~ '^([1-9][0-9]{3}|ABROAD)$'),
    available_from      date,
    hours_per_week      integer      CHECK (hours_per_week BETWEEN 1 AND 60),
    rate_min_cents      integer      CHECK (rate_min_cents >= 0),
    rate_max_cents      integer      CHECK (rate_max_cents >= 0),
    languages           text[]       NOT NULL DEFAULT '{}',
    contact_email       varchar(320),
    contact_phone       varchar(32),
    contact_call_times  varchar(200),
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CHECK (rate_min_cents IS NULL OR rate_max_cents IS NULL OR rate_min_cents <= rate_max_cents)
);
CREATE INDEX profile_skills_idx ON profile USING gin (skills);
CREATE INDEX profile_search_idx ON profile (visibility, updated_at DESC, id DESC);

-- P-3: the CV file, stored with the profile and replaced, never accumulated.
CREATE TABLE cv_file (
    subject_id    uuid PRIMARY KEY REFERENCES subject (id),
    file_name     varchar(200) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    integer      NOT NULL,
    content       bytea        NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);

-- D-8: every release of personal data to a party outside the platform.
CREATE TABLE disclosure (
    id                       uuid PRIMARY KEY,
    subject_id               uuid         NOT NULL REFERENCES subject (id),
    recipient_organisation_id uuid        REFERENCES organisation (id),
    recipient_subject_id     uuid         REFERENCES subject (id),
    recipient_label          varchar(300) NOT NULL,
    recipient_person         varchar(200),
    categories               text[]       NOT NULL,
    purpose                  varchar(100) NOT NULL,
    disclosed_at             timestamptz  NOT NULL
);
CREATE INDEX disclosure_subject_idx ON disclosure (subject_id, disclosed_at DESC, id DESC);
