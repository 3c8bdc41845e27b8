-- Every person whose data Werkbank holds is a subject (ARCHITECTURE §1). The subject row
-- carries the state that governs processing; personal data lives in feature tables that
-- point back to it through a subject_id column.
CREATE TABLE subject (
    id                          uuid PRIMARY KEY,
    kind                        varchar(20)  NOT NULL CHECK (kind IN ('ACCOUNT', 'EMAIL_IDENTITY')),
    language                    varchar(2)   NOT NULL CHECK (language IN ('nl', 'en')),
    created_at                  timestamptz  NOT NULL,
    last_meaningful_contact_at  timestamptz  NOT NULL,
    restricted_at               timestamptz,
    closed_at                   timestamptz,
    erased_at                   timestamptz
);

-- A login at the identity provider; the provider is the source of truth for name and e-mail.
CREATE TABLE account (
    subject_id    uuid PRIMARY KEY REFERENCES subject (id),
    oidc_subject  varchar(255) NOT NULL UNIQUE,
    display_name  varchar(200) NOT NULL,
    email         varchar(320),
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);
