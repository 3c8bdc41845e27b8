-- T-4: deleting a profile cascades to its introductions; without an index on the foreign key every
-- deleted profile scanned the whole introduction table (found reading the sweep benchmark).
CREATE INDEX introduction_profile_idx ON introduction (profile_id);
