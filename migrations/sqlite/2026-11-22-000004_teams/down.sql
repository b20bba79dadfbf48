DROP INDEX entries_team_slot_idx;
ALTER TABLE entries DROP COLUMN team_slot;
ALTER TABLE entries DROP COLUMN team_id;
DROP TABLE team_invitations;
DROP TABLE team_members;
DROP TABLE teams;
