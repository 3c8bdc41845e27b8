-- C-1: the purposes we process personal data for, as reference data: the legal basis, whether a
-- person can refuse it, and whether it is direct marketing (an objection to that is honoured
-- without exception, C-5). A purpose's meaning never changes under its id: what a person agreed
-- to stays what they agreed to; a changed purpose gets a new id and asks anew.
CREATE TABLE consent_purpose (
    id                varchar(40)  PRIMARY KEY,
    legal_basis       varchar(20)  NOT NULL
        CHECK (legal_basis IN ('CONSENT', 'SOFT_OPT_IN', 'CONTRACT', 'LEGITIMATE_INTEREST', 'LEGAL_OBLIGATION')),
    refusable         boolean      NOT NULL,
    direct_marketing  boolean      NOT NULL,
    position          integer      NOT NULL UNIQUE,
    name_nl           varchar(100) NOT NULL,
    name_en           varchar(100) NOT NULL,
    explanation_nl    varchar(600) NOT NULL,
    explanation_en    varchar(600) NOT NULL,
    CHECK (refusable = (legal_basis IN ('CONSENT', 'SOFT_OPT_IN', 'LEGITIMATE_INTEREST')))
);

INSERT INTO consent_purpose VALUES
('service-messages', 'CONTRACT', false, false, 1,
 'Berichten over uw gebruik van Werkbank', 'Messages about your use of Werkbank',
 'Bevestigingen, reacties op opdrachten en antwoorden op uw verzoeken. Zonder deze berichten kunnen wij u niet helpen; u kunt ze daarom niet uitzetten.',
 'Confirmations, responses to assignments and answers to your requests. We cannot help you without them, so they cannot be switched off.'),
('job-alerts', 'CONSENT', true, true, 2,
 'Opdrachtmeldingen', 'Job alerts',
 'Wij mailen u nieuwe opdrachten die passen bij uw zoekopdracht: de eerste binnen enkele minuten, daarna hooguit één mail per dag. Alleen met uw toestemming; afmelden kan met één klik in elke mail.',
 'We mail you new assignments that match your saved search: the first within minutes, then at most one mail a day. Only with your consent; every mail has a one-click unsubscribe.'),
('newsletter', 'CONSENT', true, true, 3,
 'Nieuwsbrief', 'Newsletter',
 'Nieuws over Werkbank en de markt voor interim-opdrachten. Alleen met uw toestemming; afmelden kan met één klik in elke mail.',
 'News about Werkbank and the market for interim assignments. Only with your consent; every mail has a one-click unsubscribe.'),
('profile-sharing', 'CONSENT', true, false, 4,
 'Profiel delen met opdrachtgevers', 'Sharing your profile with clients',
 'Uw profiel is zichtbaar voor opdrachtgevers op het niveau dat u bij uw profiel kiest.',
 'Your profile is visible to clients at the level you choose on your profile.'),
('profiling', 'CONSENT', true, false, 5,
 'Automatisch matchen', 'Automated matching',
 'Wij rangschikken opdrachten en profielen op hoe goed ze bij elkaar passen. Zonder toestemming bepalen alleen uw eigen zoekcriteria wat u ziet, op datum. Er wordt nooit automatisch over u beslist.',
 'We rank assignments and profiles by how well they fit. Without consent only your own criteria decide what you see, by date. No decision about you is ever taken automatically.'),
('special-category-data', 'CONSENT', true, false, 6,
 'Bijzondere persoonsgegevens', 'Special category data',
 'Gegevens over gezondheid, diversiteit of strafrechtelijk verleden vragen wij nooit standaard; alleen met uw uitdrukkelijke toestemming, en zij worden nooit aan opdrachtgevers getoond.',
 'Data about health, diversity or criminal records is never asked by default; only with your explicit consent, and it is never shown to clients.'),
('success-story', 'CONSENT', true, false, 7,
 'Succesverhaal', 'Success story',
 'Wij mogen u als voorbeeld van een geslaagde plaatsing noemen.',
 'We may show you as an example of a successful placement.');

-- C-3: versions of the privacy notice. A material change asks people with consent to confirm.
CREATE TABLE privacy_notice (
    version       integer      PRIMARY KEY,
    text_nl       text         NOT NULL,
    text_en       text         NOT NULL,
    material      boolean      NOT NULL,
    effective_at  timestamptz  NOT NULL,
    published_at  timestamptz  NOT NULL
);

INSERT INTO privacy_notice VALUES (1,
 'Werkbank verwerkt uw persoonsgegevens alleen voor de doelen die u in uw voorkeuren ziet, elk met zijn grondslag. U kunt uw gegevens inzien, laten verbeteren of verwijderen en toestemming op elk moment intrekken.',
 'Werkbank processes your personal data only for the purposes shown in your preferences, each with its legal basis. You can see, correct or delete your data and withdraw consent at any time.',
 false, TIMESTAMPTZ '2026-01-01 00:00:00+00', TIMESTAMPTZ '2026-01-01 00:00:00+00');

-- C-2: the consent history, append-only. The current state of a purpose for a subject is its
-- newest event. Rows are never changed; erasure of the subject (D-4) deletes them.
CREATE TABLE consent_event (
    id              uuid         PRIMARY KEY,
    subject_id      uuid         NOT NULL REFERENCES subject (id),
    purpose         varchar(40)  NOT NULL REFERENCES consent_purpose (id),
    decision        varchar(20)  NOT NULL CHECK (decision IN ('GRANTED', 'WITHDRAWN', 'OBJECTED')),
    channel         varchar(40)  NOT NULL,
    notice_version  integer      NOT NULL REFERENCES privacy_notice (version),
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX consent_event_current ON consent_event (subject_id, purpose, recorded_at DESC, id DESC);
CREATE INDEX consent_event_history ON consent_event (subject_id, recorded_at DESC, id DESC);

CREATE FUNCTION consent_event_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'consent_event is append-only';
END;
$$;
CREATE TRIGGER consent_event_append_only BEFORE UPDATE ON consent_event
    FOR EACH ROW EXECUTE FUNCTION consent_event_refuse_update();

-- C-4: every queued mail has a purpose; the send rules refuse what the purpose no longer allows.
ALTER TABLE outbox_message ADD COLUMN purpose varchar(40) NOT NULL DEFAULT 'service-messages'
    REFERENCES consent_purpose (id);

-- A-5: a saved search whose new matches are mailed. Account holders' mail goes to the address
-- of their account; a visitor without an account gives one (stored here) and confirms it.
CREATE TABLE job_alert (
    id              uuid         PRIMARY KEY,
    subject_id      uuid         NOT NULL UNIQUE REFERENCES subject (id),
    email           varchar(320),
    criteria        jsonb        NOT NULL,
    confirmed_at    timestamptz,
    covered_until   timestamptz  NOT NULL,
    last_digest_at  timestamptz,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE UNIQUE INDEX job_alert_visitor_email ON job_alert (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX job_alert_due ON job_alert (last_digest_at) WHERE confirmed_at IS NOT NULL;

-- A visitor's double opt-in: the mailed link confirms the address and the criteria it carries.
CREATE TABLE job_alert_confirmation (
    token_hash   varchar(64)  PRIMARY KEY,
    alert_id     uuid         NOT NULL REFERENCES job_alert (id) ON DELETE CASCADE,
    subject_id   uuid         NOT NULL REFERENCES subject (id),
    criteria     jsonb        NOT NULL,
    expires_at   timestamptz  NOT NULL,
    created_at   timestamptz  NOT NULL
);
