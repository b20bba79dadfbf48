-- Nothing to do on SQLite: receipt numbers stay in `contests.receipt_seq`
-- (one writer, so no submission waits on another's lock). PostgreSQL moves
-- them to one sequence per contest; the migration exists here too so both
-- folders hold the same names.
SELECT 1;
