-- T-1, T-4, T-5: retention policies as data, the record of every sweep run, legal holds (issue 11).

-- One row per data category; a category is swept when its policy is enabled and a feature
-- provides its sweep. Periods are ISO-8601 java.time.Period strings, counted from the trigger.
CREATE TABLE retention_policy (
    category    varchar(60)  PRIMARY KEY CHECK (category ~ '^[a-z][a-z0-9-]*$'),
    period      varchar(20)  NOT NULL,
    trigger     varchar(300) NOT NULL,
    action      varchar(10)  NOT NULL CHECK (action IN ('DELETE', 'ANONYMISE')),
    enabled     boolean      NOT NULL DEFAULT true,
    updated_at  timestamptz  NOT NULL,
    -- the privacy officer's subject id (pseudonymous); null for the shipped defaults
    updated_by  uuid
);

INSERT INTO retention_policy (category, period, trigger, action, enabled, updated_at) VALUES
    ('inactive-profile', 'P2Y', 'last meaningful contact, after a warning sent at least 30 days before', 'ANONYMISE', true, now()),
    ('closed-account', 'P30D', 'account closure', 'DELETE', true, now()),
    ('response-this-assignment-only', 'P0D', 'procedure closed', 'DELETE', true, now()),
    ('response', 'P28D', 'procedure closed (the respondent did not ask to keep it)', 'DELETE', true, now()),
    ('response-kept', 'P1Y', 'procedure closed (the respondent asked to keep it for a year)', 'DELETE', true, now()),
    ('anonymous-poster', 'P2Y', 'assignment closed', 'ANONYMISE', true, now()),
    ('security-log', 'P6M', 'creation', 'DELETE', true, now()),
    ('privacy-request-audit', 'P5Y', 'request completed', 'DELETE', true, now()),
    ('financial-record', 'P7Y', 'end of the fiscal (calendar) year of the record', 'DELETE', true, now()),
    ('unverified-submission', 'P7D', 'creation, e-mail address never confirmed', 'DELETE', true, now()),
    ('export-archive', 'P7D', 'archive created', 'DELETE', true, now()),
    ('sent-mail', 'P30D', 'mail sent (body and attachments cleared, metadata kept)', 'ANONYMISE', true, now());

-- T-4: one row per run. A real run holds a lease (holder, expiry) that each of its batches
-- renews under a row lock; another instance may take over only after the lease has expired,
-- and then marks the old run ABANDONED so its next batch stops. Dry runs hold no lease.
CREATE TABLE retention_run (
    id                uuid         PRIMARY KEY,
    dry_run           boolean      NOT NULL,
    trigger           varchar(10)  NOT NULL CHECK (trigger IN ('SCHEDULE', 'MANUAL')),
    status            varchar(10)  NOT NULL CHECK (status IN ('RUNNING', 'FINISHED', 'ABANDONED')),
    lease_holder      uuid,
    lease_expires_at  timestamptz,
    started_at        timestamptz  NOT NULL,
    finished_at       timestamptz,
    CHECK ((status = 'RUNNING') = (finished_at IS NULL))
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at DESC, id DESC);
-- At most one real run in progress, whatever the instances do at the same moment.
CREATE UNIQUE INDEX retention_run_one_running_idx ON retention_run ((true)) WHERE status = 'RUNNING' AND NOT dry_run;

CREATE TABLE retention_run_category (
    run_id       uuid         NOT NULL REFERENCES retention_run (id) ON DELETE CASCADE,
    category     varchar(60)  NOT NULL,
    examined     integer      NOT NULL DEFAULT 0,
    deleted      integer      NOT NULL DEFAULT 0,
    anonymised   integer      NOT NULL DEFAULT 0,
    held         integer      NOT NULL DEFAULT 0,
    errors       integer      NOT NULL DEFAULT 0,
    duration_ms  bigint       NOT NULL DEFAULT 0,
    -- the key after which the next batch continues (keyset through DueRecord.key)
    last_key     varchar(200),
    PRIMARY KEY (run_id, category)
);

-- T-5: a subject, or one record of a category, kept whatever its retention says until released.
CREATE TABLE legal_hold (
    id              uuid          PRIMARY KEY,
    subject_id      uuid          REFERENCES subject (id),
    category        varchar(60),
    record_key      varchar(200),
    reason          varchar(2000) NOT NULL,
    placed_at       timestamptz   NOT NULL,
    placed_by       uuid          NOT NULL,
    released_at     timestamptz,
    released_by     uuid,
    release_reason  varchar(2000),
    CHECK ((subject_id IS NOT NULL AND category IS NULL AND record_key IS NULL)
        OR (subject_id IS NULL AND category IS NOT NULL AND record_key IS NOT NULL)),
    CHECK ((released_at IS NULL) = (release_reason IS NULL))
);
CREATE INDEX legal_hold_subject_idx ON legal_hold (subject_id) WHERE released_at IS NULL;
CREATE INDEX legal_hold_record_idx ON legal_hold (category, record_key) WHERE released_at IS NULL;
CREATE INDEX legal_hold_placed_idx ON legal_hold (placed_at DESC, id DESC);

-- T-1 sent-mail: a sent message's body and files are cleared when its period has passed; the
-- metadata (recipient, template, subject line, times) stays as the record that it was sent.
ALTER TABLE outbox_message ADD COLUMN content_cleared_at timestamptz;
CREATE INDEX outbox_sent_uncleared_idx ON outbox_message (id) WHERE status = 'SENT' AND content_cleared_at IS NULL;
