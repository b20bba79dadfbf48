-- The stage's removed assignments, found without reading its current ones
-- (a stage's results leave out the scores of removed assignments).
CREATE INDEX assignments_removed_idx ON assignments (stage_id) WHERE removed_at IS NOT NULL;
