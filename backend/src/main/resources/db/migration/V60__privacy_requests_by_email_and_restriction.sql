-- D-1, D-2: requests by people without an account. Such a request waits for the person to
-- confirm the address by a single-use link (AWAITING_VERIFICATION); it belongs to a subject of
-- its own (the requester) and covers the e-mail identities tied to the address (the scope).
ALTER TABLE privacy_request DROP CONSTRAINT privacy_request_status_check;
ALTER TABLE privacy_request ALTER COLUMN status TYPE varchar(25);
ALTER TABLE privacy_request ADD CONSTRAINT privacy_request_status_check
    CHECK (status IN ('AWAITING_VERIFICATION', 'RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED'));
ALTER TABLE privacy_request_step ALTER COLUMN status TYPE varchar(25);
-- where the answers to a request by e-mail go; null for account holders (their account has it)
ALTER TABLE privacy_request ADD COLUMN requester_email varchar(320);

CREATE TABLE privacy_request_scope (
    request_id  uuid  NOT NULL REFERENCES privacy_request (id) ON DELETE CASCADE,
    subject_id  uuid  NOT NULL,
    PRIMARY KEY (request_id, subject_id)
);
CREATE INDEX privacy_request_scope_subject_idx ON privacy_request_scope (subject_id);

-- Capability tokens of requests by e-mail: only their SHA-256 is kept.
CREATE TABLE privacy_request_token (
    token_hash  varchar(64)  PRIMARY KEY,
    request_id  uuid         NOT NULL REFERENCES privacy_request (id) ON DELETE CASCADE,
    purpose     varchar(10)  NOT NULL CHECK (purpose IN ('CONFIRM', 'STATUS', 'DOWNLOAD')),
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz
);
CREATE INDEX privacy_request_token_request_idx ON privacy_request_token (request_id);
CREATE INDEX privacy_request_token_expires_idx ON privacy_request_token (expires_at) WHERE purpose = 'CONFIRM';

-- Art. 19: the name of the subject as the recipient received it, so a notice can say whose data
-- changed in words the recipient recognises.
ALTER TABLE disclosure ADD COLUMN subject_name varchar(200);
