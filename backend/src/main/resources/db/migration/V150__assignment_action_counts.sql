-- S-4 (issue 15): how often a poster told the respondents of an assignment something, per day,
-- so a management link cannot turn Werkbank into a mailer. One row per assignment, action and
-- day, counted up in one upsert; rows of past days are dropped by the maintenance sweep.
CREATE TABLE assignment_action_count (
    assignment_id  uuid        NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    action         varchar(20) NOT NULL CHECK (action IN ('PROCEDURE_UPDATE', 'STATUS_CHANGE')),
    day            date        NOT NULL,
    count          integer     NOT NULL,
    PRIMARY KEY (assignment_id, action, day)
);
