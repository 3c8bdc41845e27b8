-- D-4: erasure everywhere, including the identity provider (issue 9).

-- Every subject whose personal data a mail carries, not only its recipient: the copy of a
-- response mailed to the poster carries the respondent's data under the poster's subject.
-- Erasure of any tagged subject removes or redacts the message (body, subject line, files).
CREATE TABLE outbox_message_subject (
    message_id  uuid NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    subject_id  uuid NOT NULL REFERENCES subject (id),
    PRIMARY KEY (message_id, subject_id)
);
CREATE INDEX outbox_message_subject_subject_idx ON outbox_message_subject (subject_id);
INSERT INTO outbox_message_subject (message_id, subject_id)
    SELECT id, subject_id FROM outbox_message WHERE subject_id IS NOT NULL;

-- The disclosure log outlives the subject's identity (Art. 19: recipients can still be told of
-- the erasure): an erased subject's rows keep recipient, categories, purpose and time.
ALTER TABLE disclosure ALTER COLUMN subject_id DROP NOT NULL;
ALTER TABLE disclosure ADD COLUMN subject_erased_at timestamptz;
ALTER TABLE disclosure ADD CONSTRAINT disclosure_subject_or_erased
    CHECK ((subject_id IS NULL) = (subject_erased_at IS NOT NULL));

-- The erasure request itself is the proof that it was carried out: it stays, without the
-- subject (type, dates and the history of steps only).
ALTER TABLE privacy_request ALTER COLUMN subject_id DROP NOT NULL;

-- A-7, T-1: a placement whose respondent was erased is kept for the fiscal retention only.
ALTER TABLE placement ADD COLUMN restricted_at timestamptz;

-- D-4: an account closed without erasure is hidden at once and due for erasure 30 days later
-- (subject.closed_at says when it was closed).
ALTER TABLE subject ADD COLUMN erasure_due_at timestamptz;
CREATE INDEX subject_erasure_due_idx ON subject (erasure_due_at) WHERE erasure_due_at IS NOT NULL;

-- The identity provider's user of an erased account, until the provider confirms it deleted
-- it. The erasure itself is done in the database at once; only this deletion is retried.
CREATE TABLE identity_provider_deletion (
    oidc_subject     varchar(255) PRIMARY KEY,
    -- pseudonymous, for the audit entry of the deletion (the subject row is gone by then)
    subject_ref      uuid         NOT NULL,
    requested_at     timestamptz  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    last_error       varchar(300)
);
CREATE INDEX identity_provider_deletion_due_idx ON identity_provider_deletion (next_attempt_at);

-- C-4, C-5: the suppression list. A keyed hash (HMAC-SHA256) of an erased person's e-mail
-- address, never the address, with the purposes they had objected to or withdrawn consent
-- for when they were erased, so marketing does not reach the address again if it returns.
CREATE TABLE suppressed_address (
    address_hash   varchar(64) PRIMARY KEY CHECK (address_hash ~ '^[0-9a-f]{64}$'),
    purposes       text[]      NOT NULL DEFAULT '{}',
    suppressed_at  timestamptz NOT NULL
);

-- An access token outlives the erasure by its lifetime (minutes): a keyed hash of the erased
-- login's identity-provider subject lets the API refuse to create the account again from it.
-- The provider's user is deleted, so the hash points at nobody.
CREATE TABLE erased_login (
    oidc_subject_hash  varchar(64) PRIMARY KEY CHECK (oidc_subject_hash ~ '^[0-9a-f]{64}$'),
    erased_at          timestamptz NOT NULL
);
