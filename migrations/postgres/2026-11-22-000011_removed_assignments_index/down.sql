DROP INDEX assignments_removed_idx;
