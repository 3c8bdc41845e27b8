-- A-7: placements through the platform and their invoices: financial records (T-1: 7 years).
-- They name the assignment and the response, never a person.
CREATE TABLE placement (
    id                 uuid PRIMARY KEY,
    assignment_id      uuid        NOT NULL REFERENCES assignment (id),
    response_id        uuid        NOT NULL UNIQUE REFERENCES response (id),
    start_date         date        NOT NULL,
    end_date           date        NOT NULL CHECK (end_date >= start_date),
    monthly_fee_cents  integer     NOT NULL CHECK (monthly_fee_cents BETWEEN 0 AND 25000),
    created_at         timestamptz NOT NULL
);

CREATE TABLE invoice (
    id             uuid PRIMARY KEY,
    placement_id   uuid        NOT NULL REFERENCES placement (id),
    period_start   date        NOT NULL,
    period_end     date        NOT NULL CHECK (period_end >= period_start),
    amount_cents   integer     NOT NULL CHECK (amount_cents BETWEEN 0 AND 25000),
    issued_on      date        NOT NULL,
    created_at     timestamptz NOT NULL
);
CREATE INDEX invoice_placement_idx ON invoice (placement_id, period_start);
