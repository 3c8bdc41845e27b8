-- S-7 (issue 15): addresses whose mail server refused them permanently (a 5xx reply to RCPT TO).
-- Only a keyed hash of the lower-cased address is kept (S-5), with the reply code as the reason;
-- the row is removed when retain_until has passed, so a mailbox that comes back gets mail again.
CREATE TABLE undeliverable_address (
    address_hash  varchar(64)  PRIMARY KEY,
    reply_code    smallint     NOT NULL CHECK (reply_code BETWEEN 500 AND 599),
    refused_at    timestamptz  NOT NULL,
    retain_until  timestamptz  NOT NULL,
    CHECK (retain_until > refused_at)
);
CREATE INDEX undeliverable_address_retain_idx ON undeliverable_address (retain_until);
