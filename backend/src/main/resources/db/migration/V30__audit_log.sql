-- S-6, D-7: the hash-chained audit log. Each entry stores a SHA-256 over its canonical content
-- and the previous entry's hash; seq orders the chain without gaps (appends are serialised by
-- an advisory lock, so two transactions cannot both extend the same head).
CREATE TABLE audit_entry (
    seq            bigint       PRIMARY KEY CHECK (seq > 0),
    id             uuid         NOT NULL UNIQUE,
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(120) NOT NULL,
    action         varchar(60)  NOT NULL,
    -- pseudonymous: the subject's UUID, meaningless once the subject is erased (see Audit)
    subject_ref    uuid,
    details        jsonb        NOT NULL DEFAULT '{}',
    previous_hash  varchar(64)  NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash           varchar(64)  NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, seq);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, seq);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_ref, seq);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);

-- Retention (T-1: five years) will remove the oldest entries. Before it does, it records here
-- the sequence number and hash of the last entry it removes; verification then starts from
-- the newest checkpoint instead of the genesis hash, so the remaining chain stays verifiable.
CREATE TABLE audit_checkpoint (
    seq         bigint      PRIMARY KEY CHECK (seq > 0),
    hash        varchar(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz NOT NULL
);

-- Append-only whatever the role: a trigger refuses UPDATE, DELETE and TRUNCATE, and the
-- migrating role (the application's) gives up those privileges as well. Superusers and the
-- table owner can still disable the trigger; the hash chain is what detects that.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint FROM CURRENT_USER;
