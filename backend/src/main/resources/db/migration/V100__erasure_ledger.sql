-- T-6: the erasure ledger. It lives in its own schema, which `make backup` leaves out of every
-- dump (pg_dump --exclude-schema=erasure_ledger) and `make restore` therefore never drops or
-- overwrites: after a restore the database holds the old data but the current ledger. An entry
-- is a keyed hash (HMAC-SHA256 under werkbank.erasure.ledger-key, which is configuration, never
-- stored here) of the erased subject's id, and the time: no personal data. Written in the same
-- transaction as the erasure, so an erasure never commits without its entry, nor an entry
-- without its erasure. IF NOT EXISTS: restoring a dump taken before this migration makes Flyway
-- run it again next to the ledger that survived.
CREATE SCHEMA IF NOT EXISTS erasure_ledger;

CREATE TABLE IF NOT EXISTS erasure_ledger.entry (
    id           bigserial   PRIMARY KEY,
    subject_key  char(64)    NOT NULL,
    erased_at    timestamptz NOT NULL
);

CREATE OR REPLACE FUNCTION erasure_ledger.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the erasure ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DROP TRIGGER IF EXISTS entry_append_only ON erasure_ledger.entry;
CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON erasure_ledger.entry
    FOR EACH ROW EXECUTE FUNCTION erasure_ledger.refuse_change();
DROP TRIGGER IF EXISTS entry_no_truncate ON erasure_ledger.entry;
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON erasure_ledger.entry
    FOR EACH STATEMENT EXECUTE FUNCTION erasure_ledger.refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON erasure_ledger.entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON erasure_ledger.entry FROM CURRENT_USER;

-- Which ledger entries this copy of the data already reflects, written with the erasure. It is
-- part of the backup, so a restored database lacks the rows of the erasures made after its dump
-- was taken: exactly the entries the replay at start-up applies again (ErasureReplay). Unlike a
-- time stamp it has no race with an erasure committing while pg_dump takes its snapshot.
CREATE TABLE erasure_ledger_applied (
    entry_id    bigint      PRIMARY KEY,
    applied_at  timestamptz NOT NULL
);
