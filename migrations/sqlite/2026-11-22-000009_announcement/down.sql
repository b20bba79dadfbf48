ALTER TABLE entries DROP COLUMN credit_hidden;
ALTER TABLE entries DROP COLUMN credit_name;
DROP TABLE certificates;
DROP TABLE announcements;
