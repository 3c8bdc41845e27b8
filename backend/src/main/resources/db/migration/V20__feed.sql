-- F-1, F-2: the job-board feed. One row per assignment that was ever published: its state as a
-- board should hold it (PUBLISHED, or REMOVED as a tombstone) and its position in the feed.
-- The rows hold no personal data: an assignment id, a state and a time.
--
-- The rows are written by triggers, not by the application, so every path that takes an
-- assignment out of publication (closing, archiving, the expiry sweep, a later erasure that
-- deletes or rewrites the row, even a manual SQL fix) produces its tombstone in the same
-- transaction; no code path can forget it.
CREATE TABLE feed_entry (
    assignment_id  uuid        PRIMARY KEY,
    status         text        NOT NULL CHECK (status IN ('PUBLISHED', 'REMOVED')),
    changed_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX feed_entry_position_idx ON feed_entry (changed_at, assignment_id);
CREATE INDEX feed_entry_published_idx ON feed_entry (changed_at, assignment_id) WHERE status = 'PUBLISHED';

-- A board continues after the last position it saw. That is only safe when no transaction can
-- still commit an entry at an earlier position: writers therefore take one advisory lock until
-- they commit and take a position after every committed one, so positions follow commit order.
-- Writers of the feed are assignment state changes, a handful per minute.
CREATE FUNCTION feed_next_position() RETURNS timestamptz
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    last_position timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('werkbank-feed-position', 0));
    SELECT max(changed_at) INTO last_position FROM feed_entry;
    RETURN greatest(clock_timestamp(), coalesce(last_position + interval '1 microsecond', clock_timestamp()));
END;
$$;

CREATE FUNCTION feed_remove(removed uuid) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    UPDATE feed_entry SET status = 'REMOVED', changed_at = feed_next_position()
     WHERE assignment_id = removed AND status = 'PUBLISHED';
END;
$$;

CREATE FUNCTION feed_publish(published uuid) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    INSERT INTO feed_entry (assignment_id, status, changed_at)
    VALUES (published, 'PUBLISHED', feed_next_position())
    ON CONFLICT (assignment_id) DO UPDATE SET status = 'PUBLISHED', changed_at = EXCLUDED.changed_at;
END;
$$;

-- Only what a JobPosting shows moves an assignment in the feed; a procedure report does not.
CREATE FUNCTION assignment_feed_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM feed_remove(OLD.id);
        RETURN OLD;
    END IF;
    IF NEW.status = 'PUBLISHED' THEN
        IF TG_OP = 'INSERT' OR OLD.status <> 'PUBLISHED'
           OR (NEW.title, NEW.description, NEW.region, NEW.remote, NEW.start_date, NEW.duration_weeks,
               NEW.hours_per_week, NEW.rate_min_cents, NEW.rate_max_cents, NEW.skills, NEW.valid_through,
               NEW.name_organisation, NEW.organisation_id, NEW.published_at)
              IS DISTINCT FROM
              (OLD.title, OLD.description, OLD.region, OLD.remote, OLD.start_date, OLD.duration_weeks,
               OLD.hours_per_week, OLD.rate_min_cents, OLD.rate_max_cents, OLD.skills, OLD.valid_through,
               OLD.name_organisation, OLD.organisation_id, OLD.published_at) THEN
            PERFORM feed_publish(NEW.id);
        END IF;
    ELSIF TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED' THEN
        PERFORM feed_remove(NEW.id);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER assignment_feed
    AFTER INSERT OR UPDATE OR DELETE ON assignment
    FOR EACH ROW EXECUTE FUNCTION assignment_feed_change();

-- The hiring organisation of a JobPosting depends on the organisation's name and verification.
CREATE FUNCTION organisation_feed_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.name, NEW.verified_at IS NULL) IS DISTINCT FROM (OLD.name, OLD.verified_at IS NULL) THEN
        PERFORM feed_publish(a.id)
           FROM assignment a
          WHERE a.organisation_id = NEW.id AND a.status = 'PUBLISHED' AND a.name_organisation;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER organisation_feed
    AFTER UPDATE ON organisation
    FOR EACH ROW EXECUTE FUNCTION organisation_feed_change();

-- What is published now enters the feed in the order it was published.
INSERT INTO feed_entry (assignment_id, status, changed_at)
SELECT id, 'PUBLISHED', published_at FROM assignment WHERE status = 'PUBLISHED';

-- F-5: requests per client per minute, counted in the database so the limit holds across
-- instances (one atomic upsert per request). Client ids are job boards, not people.
CREATE TABLE feed_rate_window (
    client_id     text        NOT NULL,
    window_start  timestamptz NOT NULL,
    requests      integer     NOT NULL,
    PRIMARY KEY (client_id, window_start)
);

-- F-5: every pull, per client: what an operator needs to see who pulls how much. No personal data.
CREATE TABLE feed_pull (
    id          uuid        PRIMARY KEY,
    client_id   text        NOT NULL,
    format      text        NOT NULL CHECK (format IN ('JSON', 'XML')),
    item_count  integer     NOT NULL,
    pulled_at   timestamptz NOT NULL
);
CREATE INDEX feed_pull_client_idx ON feed_pull (client_id, pulled_at);
CREATE INDEX feed_pull_pulled_idx ON feed_pull (pulled_at);
