-- D-1, D-2: data-subject requests of account holders, with the history of every step, and
-- D-3: the encrypted export archives of access and portability requests. The archive's
-- password is never stored: only the subject has it (shown once in the answer to the request).
CREATE TABLE privacy_request (
    id                 uuid          PRIMARY KEY,
    subject_id         uuid          NOT NULL REFERENCES subject (id),
    type               varchar(20)   NOT NULL CHECK (type IN ('ACCESS', 'PORTABILITY', 'ERASURE', 'RESTRICTION',
                                                              'LIFT_RESTRICTION', 'OBJECTION', 'RECTIFICATION')),
    status             varchar(15)   NOT NULL CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED')),
    details            varchar(4000),
    received_at        timestamptz   NOT NULL,
    extension_months   integer       NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    due_at             timestamptz   NOT NULL,
    rejection_reason   varchar(4000),
    closed_at          timestamptz,
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK ((status IN ('COMPLETED', 'REJECTED')) = (closed_at IS NOT NULL))
);
CREATE INDEX privacy_request_subject_idx ON privacy_request (subject_id, received_at DESC, id DESC);
CREATE INDEX privacy_request_open_idx ON privacy_request (due_at, id) WHERE status IN ('RECEIVED', 'IN_PROGRESS');

CREATE TABLE privacy_request_step (
    id          uuid          PRIMARY KEY,
    -- steps of one transaction share a timestamp; the sequence keeps them in order
    seq         bigint        GENERATED ALWAYS AS IDENTITY,
    request_id  uuid          NOT NULL REFERENCES privacy_request (id) ON DELETE CASCADE,
    occurred_at timestamptz   NOT NULL,
    event       varchar(30)   NOT NULL,
    status      varchar(15)   NOT NULL,
    reason      varchar(4000)
);
CREATE INDEX privacy_request_step_request_idx ON privacy_request_step (request_id, seq);

CREATE TABLE privacy_export (
    request_id  uuid          PRIMARY KEY REFERENCES privacy_request (id) ON DELETE CASCADE,
    subject_id  uuid          NOT NULL REFERENCES subject (id),
    file_name   varchar(100)  NOT NULL,
    content     bytea         NOT NULL,
    created_at  timestamptz   NOT NULL,
    expires_at  timestamptz   NOT NULL
);
CREATE INDEX privacy_export_expires_idx ON privacy_export (expires_at);
