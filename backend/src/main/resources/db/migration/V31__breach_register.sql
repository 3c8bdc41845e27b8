-- D-9 (Art. 33/34 GDPR): the data-breach register. It holds what the register needs and no
-- more: no subject ids (subjects told of a breach are in the audit log, pseudonymously, and
-- their mail in the outbox), no reporter (the audit log names who recorded and changed it).
CREATE TABLE breach (
    id                     uuid          PRIMARY KEY,
    what_happened          varchar(4000) NOT NULL,
    discovered_at          timestamptz   NOT NULL,
    data_categories        text[]        NOT NULL,
    approximate_subjects   integer       NOT NULL CHECK (approximate_subjects >= 0),
    likely_consequences    varchar(4000) NOT NULL,
    measures_taken         varchar(4000) NOT NULL,
    high_risk              boolean       NOT NULL,
    decision               varchar(15)   NOT NULL CHECK (decision IN ('PENDING', 'NOTIFIED', 'NOT_NOTIFIABLE')),
    authority_notified_at  timestamptz,
    delay_reason           varchar(4000),
    not_notifiable_reason  varchar(4000),
    subjects_notified      integer       NOT NULL DEFAULT 0 CHECK (subjects_notified >= 0),
    subjects_notified_at   timestamptz,
    recorded_at            timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    CHECK ((decision = 'NOTIFIED') = (authority_notified_at IS NOT NULL)),
    CHECK ((decision = 'NOT_NOTIFIABLE') = (not_notifiable_reason IS NOT NULL))
);
CREATE INDEX breach_discovered_idx ON breach (discovered_at DESC, id DESC);
