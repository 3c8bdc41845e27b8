-- R-1..R-6: responses to assignments. The respondent is a subject: a professional's account or
-- the e-mail identity of a visitor. Name, e-mail and phone are what was forwarded to the poster.
CREATE TABLE response (
    id                     uuid PRIMARY KEY,
    assignment_id          uuid          NOT NULL REFERENCES assignment (id),
    respondent_subject_id  uuid          REFERENCES subject (id),
    status                 varchar(25)   NOT NULL CHECK (status IN ('PENDING_VERIFICATION', 'RECEIVED', 'IN_REVIEW',
                                                                    'SHORTLISTED', 'REJECTED', 'PLACED', 'WITHDRAWN')),
    respondent_name        varchar(100)  NOT NULL,
    respondent_email       varchar(320)  NOT NULL,
    respondent_phone       varchar(32),
    motivation             varchar(5000) NOT NULL,
    answers                jsonb         NOT NULL DEFAULT '[]',
    this_assignment_only   boolean       NOT NULL DEFAULT false,
    cv_file_name           varchar(200),
    cv_content_type        varchar(100),
    cv_content             bytea,
    forwarded_at           timestamptz,
    withdrawn_at           timestamptz,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL
);
-- R-1: one active response per person per assignment.
CREATE UNIQUE INDEX response_one_active_idx ON response (assignment_id, lower(respondent_email))
    WHERE status <> 'WITHDRAWN';
CREATE INDEX response_respondent_idx ON response (respondent_subject_id);

-- R-1: a visitor's response is sent only after they confirm their e-mail address.
CREATE TABLE response_token (
    token_hash   varchar(64) PRIMARY KEY,
    response_id  uuid        NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz
);

-- R-2: files sent with a mail (the CV to the poster).
CREATE TABLE outbox_attachment (
    id            uuid PRIMARY KEY,
    message_id    uuid         NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    file_name     varchar(200) NOT NULL,
    content_type  varchar(100) NOT NULL,
    content       bytea        NOT NULL
);
CREATE INDEX outbox_attachment_message_idx ON outbox_attachment (message_id);
