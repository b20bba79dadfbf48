-- Receipt numbers on PostgreSQL come from one sequence per contest
-- (`receipt_<contest id with _ for ->`, created with the contest) instead of
-- `contests.receipt_seq`. Taking the next value of a sequence locks nothing
-- until the commit, so submissions to one contest no longer wait for each
-- other's commits (docs/decisions.md 61). A number taken by a submission
-- that then fails is not reused. SQLite keeps the column: its writes are
-- serial anyway.
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT id, receipt_seq FROM contests LOOP
    EXECUTE format('CREATE SEQUENCE %I AS integer START WITH %s',
                   'receipt_' || replace(c.id, '-', '_'), c.receipt_seq + 1);
  END LOOP;
END $$;
