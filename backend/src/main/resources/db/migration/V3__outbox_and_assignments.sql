-- S-3: mail is written here in the transaction that causes it and sent by a worker.
CREATE TABLE outbox_message (
    id               uuid PRIMARY KEY,
    subject_id       uuid         REFERENCES subject (id),
    recipient        varchar(320) NOT NULL,
    template         varchar(100) NOT NULL,
    language         varchar(2)   NOT NULL,
    mail_subject     varchar(300) NOT NULL,
    body_text        text         NOT NULL,
    message_id       varchar(200) NOT NULL UNIQUE,
    status           varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'CANCELLED')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    last_error       varchar(300),
    created_at       timestamptz  NOT NULL,
    sent_at          timestamptz
);
CREATE INDEX outbox_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_subject_idx ON outbox_message (subject_id);

-- A-1, A-3: assignments and their lifecycle. The poster is a subject: a client's account, or
-- an e-mail identity for someone without an account (their details in assignment_poster).
CREATE TABLE assignment (
    id                 uuid PRIMARY KEY,
    status             varchar(25)   NOT NULL CHECK (status IN ('DRAFT', 'PENDING_VERIFICATION', 'PENDING_REVIEW',
                                                                'PUBLISHED', 'CLOSED', 'ARCHIVED')),
    poster_subject_id  uuid          REFERENCES subject (id),
    organisation_id    uuid          REFERENCES organisation (id),
    title              varchar(150)  NOT NULL,
    description        varchar(10000) NOT NULL,
    region             varchar(6)    NOT NULL CHECK (region ~ '^([1-9][0-9]{3}|ABROAD)$'),
    remote             varchar(10)   NOT NULL CHECK (remote IN ('ONSITE', 'HYBRID', 'REMOTE')),
    start_date         date,
    duration_weeks     integer,
    hours_per_week     integer,
    rate_min_cents     integer,
    rate_max_cents     integer,
    skills             text[]        NOT NULL DEFAULT '{}',
    questions          jsonb         NOT NULL DEFAULT '[]',
    valid_through      date          NOT NULL,
    name_organisation  boolean       NOT NULL DEFAULT false,
    rejection_reason   varchar(1000),
    procedure_status   varchar(12)   NOT NULL DEFAULT 'OPEN'
                                     CHECK (procedure_status IN ('OPEN', 'SELECTING', 'FILLED', 'CANCELLED')),
    published_at       timestamptz,
    closed_at          timestamptz,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL
);
CREATE INDEX assignment_public_idx ON assignment (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX assignment_org_idx ON assignment (organisation_id, created_at DESC);
CREATE INDEX assignment_status_idx ON assignment (status, created_at);

-- A-2, A-4: who posted without an account. Never shown publicly, in the feed or to respondents.
CREATE TABLE assignment_poster (
    assignment_id      uuid PRIMARY KEY REFERENCES assignment (id) ON DELETE CASCADE,
    subject_id         uuid         NOT NULL REFERENCES subject (id),
    name               varchar(100) NOT NULL,
    organisation_name  varchar(200) NOT NULL,
    email              varchar(320) NOT NULL,
    phone              varchar(32)  NOT NULL,
    email_verified_at  timestamptz
);

-- A-2: capability links (verification: single use, short-lived; management: until archived).
-- Only a hash of the token is stored.
CREATE TABLE assignment_token (
    token_hash     varchar(64) PRIMARY KEY,
    assignment_id  uuid        NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    purpose        varchar(10) NOT NULL CHECK (purpose IN ('VERIFY', 'MANAGE')),
    expires_at     timestamptz NOT NULL,
    used_at        timestamptz,
    created_at     timestamptz NOT NULL
);
CREATE INDEX assignment_token_assignment_idx ON assignment_token (assignment_id);

-- A-6: progress reports of the procedure.
CREATE TABLE assignment_procedure_update (
    id             uuid PRIMARY KEY,
    assignment_id  uuid         NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    status         varchar(12)  NOT NULL,
    message        varchar(2000),
    created_at     timestamptz  NOT NULL
);
CREATE INDEX assignment_procedure_update_idx ON assignment_procedure_update (assignment_id, created_at);

-- S-4: anonymous postings per hashed IP address and hashed e-mail address, for rate limits.
CREATE TABLE submission_attempt (
    id          uuid PRIMARY KEY,
    key_kind    varchar(10) NOT NULL CHECK (key_kind IN ('IP', 'EMAIL')),
    key_hash    varchar(64) NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX submission_attempt_key_idx ON submission_attempt (key_kind, key_hash, created_at);
