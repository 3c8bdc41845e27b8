-- Mobile apps retry writes on bad networks (ARCHITECTURE, API conventions): a write sent with an
-- Idempotency-Key is done once per key; a retry gets the first answer back. Kept 24 hours.
-- The stored answer is what the caller itself was sent; the scope ties a key to its caller, so
-- no one is answered with another caller's response. Removed by the maintenance sweep.
CREATE TABLE idempotency_key (
    scope           text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text        NOT NULL,
    response_status integer,
    response_type   text,
    response_location text,
    response_body   bytea,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
