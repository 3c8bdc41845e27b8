-- Issue 16: the public list sorts by rate (highest first) and by start date (soonest first),
-- keyset-paged on (sort key, id). The expressions are exactly those of AssignmentSort.
CREATE INDEX assignment_public_rate_idx
    ON assignment ((COALESCE(rate_max_cents, rate_min_cents, -1)) DESC, id DESC)
    WHERE status = 'PUBLISHED';
CREATE INDEX assignment_public_start_idx
    ON assignment ((COALESCE(start_date, DATE '9999-12-31')), id)
    WHERE status = 'PUBLISHED';
